import { describe, expect, it } from "vitest";
import { addressNetwork, throttleKeys } from "@/lib/platform/auth/throttle";

describe("throttle keys", () => {
  it("count an IPv6 client by its /64 network, and IPv4 by its address", () => {
    expect(addressNetwork("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressNetwork("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(addressNetwork("2001:db8:0:2::")).toBe("2001:db8:0:2::/64");
    expect(addressNetwork("::1")).toBe("0:0:0:0::/64");
    expect(addressNetwork("::ffff:1.2.3.4")).toBe("0:0:0:0::/64");
    expect(addressNetwork("2001:db8:1:3::1")).not.toBe(addressNetwork("2001:db8:1:2::1"));
    expect(addressNetwork("203.0.113.9")).toBe("203.0.113.9");
    expect(addressNetwork("unknown")).toBe("unknown");
  });

  it("keep the account, the address and the pair apart", () => {
    expect(throttleKeys(" Owner@Example.test ", "203.0.113.9")).toEqual({
      account: "account:owner@example.test",
      pair: "pair:203.0.113.9 owner@example.test",
      ip: "ip:203.0.113.9",
    });
  });
});

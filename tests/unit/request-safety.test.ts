import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/request-context";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackUrl("/admin/users?role=ADMIN")).toBe("/admin/users?role=ADMIN");
  });

  it("sends anything else home", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\\\evil.example", "javascript:alert(1)", "", undefined, ["/a"], `/${"a".repeat(3000)}`]) {
      expect(safeCallbackUrl(value)).toBe("/");
    }
  });
});

describe("clientIp", () => {
  it("takes the address the nearest proxy added, then the real-ip header, then 'unknown'", () => {
    expect(clientIp("203.0.113.5, 198.51.100.1")).toBe("198.51.100.1");
    expect(clientIp("203.0.113.5")).toBe("203.0.113.5");
    expect(clientIp(null, "198.51.100.7")).toBe("198.51.100.7");
    expect(clientIp(undefined, undefined)).toBe("unknown");
  });
});

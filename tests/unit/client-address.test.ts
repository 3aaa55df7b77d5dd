import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, NO_TRUSTED_PROXIES, normaliseAddress, parseTrustedProxies, type TrustedProxies } from "@/lib/platform/auth/client-address";

function trusted(text: string): TrustedProxies {
  const parsed = parseTrustedProxies(text);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

// X-Forwarded-For as the app server hands it over: whatever the client and proxies wrote, then the
// socket's peer (appended by scripts/peer-address.cjs).
describe("clientAddress with no trusted proxies", () => {
  it("is the socket's peer, whatever the client wrote in X-Forwarded-For or X-Real-IP", () => {
    expect(clientAddress("203.0.113.9", null, NO_TRUSTED_PROXIES)).toBe("203.0.113.9");
    expect(clientAddress("198.51.100.1, 203.0.113.9", null, NO_TRUSTED_PROXIES)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.1, 127.0.0.1, 203.0.113.9", "198.51.100.7", NO_TRUSTED_PROXIES)).toBe("203.0.113.9");
  });

  it("gives each spoofed value the same answer: the peer", () => {
    const answers = ["1.1.1.1", "2.2.2.2, 3.3.3.3", "::1", "unknown", ""].map((spoof) =>
      clientAddress(spoof ? `${spoof}, 203.0.113.9` : "203.0.113.9", spoof, NO_TRUSTED_PROXIES),
    );
    expect(new Set(answers)).toEqual(new Set(["203.0.113.9"]));
  });

  it("says 'unknown' without any entry, and never believes X-Real-IP alone", () => {
    expect(clientAddress(null, null, NO_TRUSTED_PROXIES)).toBe("unknown");
    expect(clientAddress("", "198.51.100.7", NO_TRUSTED_PROXIES)).toBe("unknown");
    expect(clientAddress(" , ,", "198.51.100.7", trusted("1"))).toBe("unknown");
  });
});

describe("clientAddress with a number of trusted hops", () => {
  it("with 1, takes the address the proxy saw, not what the client wrote before it", () => {
    expect(clientAddress("198.51.100.7, 10.0.0.2", null, trusted("1"))).toBe("198.51.100.7");
    expect(clientAddress("6.6.6.6, 7.7.7.7, 198.51.100.7, 10.0.0.2", null, trusted("1"))).toBe("198.51.100.7");
  });

  it("with 2, skips the two nearest hops", () => {
    expect(clientAddress("6.6.6.6, 198.51.100.7, 10.0.0.5, 10.0.0.2", null, trusted("2"))).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7, 10.0.0.5, 10.0.0.2", null, trusted("2"))).toBe("198.51.100.7");
  });

  it("takes the farthest address when there are fewer entries than trusted hops", () => {
    expect(clientAddress("10.0.0.5, 10.0.0.2", null, trusted("3"))).toBe("10.0.0.5");
  });

  it("believes X-Real-IP from a trusted proxy that names the client only there", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.7", trusted("1"))).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.8, 10.0.0.2", "198.51.100.7", trusted("1"))).toBe("198.51.100.8");
    expect(clientAddress("10.0.0.2", "not an address", trusted("1"))).toBe("10.0.0.2");
  });
});

describe("clientAddress with trusted addresses and ranges", () => {
  const proxies = trusted("10.0.0.0/8, 127.0.0.1, ::1, fd00::/8");

  it("walks past trusted IPv4 hops to the first untrusted one", () => {
    expect(clientAddress("6.6.6.6, 198.51.100.7, 10.1.2.3, 127.0.0.1", null, proxies)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7, 10.9.9.9, 6.6.6.6", null, proxies)).toBe("6.6.6.6");
  });

  it("walks past trusted IPv6 hops, and reads IPv4-mapped peers as IPv4", () => {
    expect(clientAddress("2001:db8::66, 2001:DB8::5, fd00::2, ::1", null, proxies)).toBe("2001:db8::5");
    expect(clientAddress("198.51.100.7, ::ffff:127.0.0.1", null, proxies)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7, ::ffff:192.0.2.1", null, proxies)).toBe("192.0.2.1");
  });

  it("is the peer itself when the peer is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7, 10.1.2.3, 203.0.113.9", null, proxies)).toBe("203.0.113.9");
  });

  it("is the proxy when a request comes from the proxy itself", () => {
    expect(clientAddress("127.0.0.1", null, proxies)).toBe("127.0.0.1");
  });
});

describe("clientAddress with malformed entries", () => {
  it("stops at an entry that is not an address and keeps the hop that wrote it", () => {
    expect(clientAddress("<script>, 10.0.0.2", "198.51.100.7", trusted("1"))).toBe("10.0.0.2");
    expect(clientAddress("198.51.100.7, unknown, 10.0.0.2", null, trusted("2"))).toBe("10.0.0.2");
    expect(clientAddress("garbage", null, NO_TRUSTED_PROXIES)).toBe("unknown");
  });

  it("ignores malformed entries it never reaches", () => {
    expect(clientAddress("x'; DROP TABLE, 999.1.1.1, 198.51.100.7, 10.0.0.2", null, trusted("1"))).toBe("198.51.100.7");
  });

  it("reads ports and brackets, and refuses what only looks like an address", () => {
    expect(normaliseAddress("[2001:db8::5]:4711")).toBe("2001:db8::5");
    expect(normaliseAddress("203.0.113.5:8080")).toBe("203.0.113.5");
    expect(normaliseAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    for (const bad of ["", "999.1.1.1", "1.2.3", "example.org", "[::1", "::1]:80", "1.2.3.4/8"]) {
      expect(normaliseAddress(bad)).toBeNull();
    }
  });
});

describe("parseTrustedProxies", () => {
  it("reads a number of hops; 0 means none", () => {
    expect(parseTrustedProxies("2")).toEqual({ kind: "count", hops: 2 });
    expect(parseTrustedProxies(" 0 ")).toEqual(NO_TRUSTED_PROXIES);
    expect(parseTrustedProxies("11")).toMatch(/at most 10/);
  });

  it("reads addresses and CIDR ranges of both families", () => {
    const parsed = parseTrustedProxies("10.0.0.0/8,127.0.0.1, ::1 ,fd00::/8");
    expect(parsed).toMatchObject({ kind: "ranges", ranges: ["10.0.0.0/8", "127.0.0.1/32", "::1/128", "fd00::/8"] });
  });

  it("names the entry that is neither", () => {
    for (const bad of ["10.0.0.0/33", "::1/129", "proxy.internal", "10.0.0.0/8,,127.0.0.1", "-1", "1.5", "10.0.0.0/8/1"]) {
      expect(parseTrustedProxies(bad)).toMatch(/is not an address or CIDR range|at most/);
    }
  });
});

describe("the peer-address hook", () => {
  it("appends the socket's address to whatever X-Forwarded-For the client sent", async () => {
    createRequire(import.meta.url)("../../scripts/peer-address.cjs");
    const server = http.createServer((request, response) => response.end(request.headers["x-forwarded-for"]));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const spoofed = await fetch(url, { headers: { "x-forwarded-for": "198.51.100.7" } });
      expect(await spoofed.text()).toBe("198.51.100.7, 127.0.0.1");
      expect(await (await fetch(url)).text()).toBe("127.0.0.1");
      const forwarded = await (await fetch(url, { headers: { "x-forwarded-for": "198.51.100.7" } })).text();
      expect(clientAddress(forwarded, null, NO_TRUSTED_PROXIES)).toBe("127.0.0.1");
      expect(clientAddress(forwarded, null, trusted("127.0.0.1"))).toBe("198.51.100.7");
    } finally {
      server.close();
    }
  });
});

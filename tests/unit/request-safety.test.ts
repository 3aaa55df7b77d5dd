import { describe, expect, it } from "vitest";
import { safeCallbackUrl, safeRedirectUrl } from "@/lib/platform/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackUrl("/admin/users?role=ADMIN")).toBe("/admin/users?role=ADMIN");
  });

  it("sends anything else home", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\\\evil.example", "javascript:alert(1)", "", undefined, ["/a"], `/${"a".repeat(3000)}`]) {
      expect(safeCallbackUrl(value)).toBe("/");
    }
  });

  it("sends home a path with a tab or line break, which browsers drop to make //evil.example", () => {
    for (const value of ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example"]) expect(safeCallbackUrl(value)).toBe("/");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";

  it("keeps a path or an address on this site", () => {
    expect(safeRedirectUrl("/programs?status=PIPELINE", base)).toBe(`${base}/programs?status=PIPELINE`);
    expect(safeRedirectUrl(`${base}/plans`, base)).toBe(`${base}/plans`);
  });

  it("sends anything else home, and never throws", () => {
    const hostile = [
      "http://localhost:3000.evil.example/",
      "http://localhost:3000@evil.example/",
      "http://localhost:99999/",
      "http://[::1/",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "http://localhost:3000\u0000/",
      "",
      "%",
      undefined,
      null,
      42,
    ];
    for (const url of hostile) {
      const result = safeRedirectUrl(url, base);
      expect(result === base || result === `${base}/`, String(url)).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
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

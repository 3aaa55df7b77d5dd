// After signing in, a user lands on their own work unless a page asked to be returned to.
import { describe, expect, it } from "vitest";
import { signInReturnTo } from "@/lib/platform/auth/safe-callback-url";

describe("signInReturnTo", () => {
  it("lands on My work when no page was asked for", () => {
    expect(signInReturnTo(undefined)).toBe("/my-work");
    expect(signInReturnTo("")).toBe("/my-work");
  });

  it("returns to the page asked for, on this site only", () => {
    expect(signInReturnTo("/audit?action=user.")).toBe("/audit?action=user.");
    expect(signInReturnTo("/")).toBe("/");
    expect(signInReturnTo("//evil.example/")).toBe("/my-work");
    expect(signInReturnTo("https://evil.example/")).toBe("/my-work");
    expect(signInReturnTo("/\t/evil.example")).toBe("/my-work");
  });
});

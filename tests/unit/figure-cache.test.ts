// Who shares the dashboard's kept figures: never viewers of different scopes. How the figures are
// kept and shared by the app's instances is in tests/integration/figure-cache.test.ts.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { scopeKey } from "@/lib/domain/dashboard/figure-cache";

const actor = (role: Actor["role"], organisationId = "org-1", countryCode: string | null = "MX") => ({ id: "u", email: "u@x", name: "U", role, organisationId, organisationName: "O", countryCode }) as Actor;

describe("scopeKey", () => {
  it("shares figures only between viewers who may read the same programs", () => {
    expect(scopeKey(null)).toBe("public");
    expect(scopeKey(actor("ANALYST"))).toBe(scopeKey(actor("ADMIN", "org-2")));
    expect(scopeKey(actor("GOVERNMENT", "org-1", "MX"))).not.toBe(scopeKey(actor("GOVERNMENT", "org-2", "MX")));
    expect(scopeKey(actor("GOVERNMENT", "org-1", "MX"))).not.toBe(scopeKey(actor("GOVERNMENT", "org-1", "CL")));
    expect(scopeKey(actor("CIVIL_SOCIETY", "org-1"))).not.toBe(scopeKey(actor("CIVIL_SOCIETY", "org-2")));
    expect(new Set([scopeKey(null), scopeKey(actor("ANALYST")), scopeKey(actor("GOVERNMENT")), scopeKey(actor("CIVIL_SOCIETY"))]).size).toBe(4);
  });
});

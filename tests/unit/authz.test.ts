import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, requirePermission, requireSignedIn, type Actor, type Permission } from "@/lib/authz";
import type { Role } from "@/lib/db/generated/enums";

const ROLES: Role[] = ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"];

function actor(role: Role, country: string | null = "MX", organisationId = `org-${role}`): Actor {
  return { id: `user-${role}`, email: `${role}@example.test`, name: role, role, organisationId, organisationName: "Org", countryCode: country };
}

/** DESIGN.md's table, written out independently of lib/authz/permissions.ts. */
const EXPECTED: Record<Permission, Role[]> = {
  "user.manage": ["ADMIN"],
  "organisation.manage": ["ADMIN"],
  "referenceData.manage": ["ADMIN"],
  "exchangeRate.manage": ["ADMIN"],
  "audit.read": ["ADMIN", "ANALYST"],
  "apiToken.manage": ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"],
  "agreement.manage": ["ADMIN"],
  "provision.manage": ["ADMIN", "GOVERNMENT"],
  "institution.manage": ["ADMIN"],
  "contactPoint.manage": ["ADMIN", "GOVERNMENT"],
  "meeting.manage": ["ADMIN", "GOVERNMENT"],
  "draft.read": ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"],
  "program.create": ["ADMIN", "GOVERNMENT"],
  "program.update": ["ADMIN", "GOVERNMENT"],
  "program.reopen": ["ADMIN"],
  "program.assignReporter": ["ADMIN"],
  "finance.manage": ["ADMIN", "GOVERNMENT"],
  "monitoring.manage": ["ADMIN", "GOVERNMENT"],
  "event.manage": ["ADMIN", "GOVERNMENT"],
  "participation.request": ["CIVIL_SOCIETY"],
  "participation.decide": ["ADMIN", "GOVERNMENT"],
  "attendance.record": ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"],
  "comment.create": ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"],
  "exchange.log": ["ADMIN", "GOVERNMENT"],
  "plan.create": ["ADMIN", "GOVERNMENT"],
  "plan.submit": ["ADMIN", "GOVERNMENT"],
  "plan.review": ["ADMIN", "ANALYST"],
  "measure.verify": ["ADMIN", "ANALYST"],
  "measure.evidence": ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"],
  "data.export": ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"],
};

describe("the permission table", () => {
  it("names exactly the permissions of the design", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [permission, allowed] of Object.entries(EXPECTED) as [Permission, Role[]][]) {
    const refused = ROLES.filter((role) => !allowed.includes(role));
    it(`${permission}: allowed for ${allowed.join(", ")}${refused.length ? `; refused for ${refused.join(", ")}` : ""}`, () => {
      for (const role of allowed) expect(can(actor(role), permission), `${role} may ${permission}`).toBe(true);
      for (const role of refused) expect(can(actor(role), permission), `${role} may not ${permission}`).toBe(false);
      expect(can(null, permission), `anonymous may not ${permission}`).toBe(false);
    });
  }
});

describe("scope", () => {
  const mexicanProgram = { countries: ["MX"], organisationIds: ["org-stps"] };

  it("lets a GOVERNMENT user act for their own country only", () => {
    expect(can(actor("GOVERNMENT", "MX"), "program.update", mexicanProgram)).toBe(true);
    expect(can(actor("GOVERNMENT", "US"), "program.update", mexicanProgram)).toBe(false);
  });

  it("lets a GOVERNMENT user act for their own organisation even without a shared country", () => {
    expect(can(actor("GOVERNMENT", "US", "org-stps"), "program.update", mexicanProgram)).toBe(true);
  });

  it("holds a CIVIL_SOCIETY user to their own organisation, not their country", () => {
    expect(can(actor("CIVIL_SOCIETY", "MX", "org-union"), "attendance.record", { countries: ["MX"], organisationIds: ["org-union"] })).toBe(true);
    expect(can(actor("CIVIL_SOCIETY", "MX", "org-other"), "attendance.record", { countries: ["MX"], organisationIds: ["org-union"] })).toBe(false);
  });

  it("does not scope ADMIN, and scope never adds a permission the role lacks", () => {
    expect(can(actor("ADMIN", null), "program.update", { countries: ["VN"] })).toBe(true);
    expect(can(actor("ANALYST"), "program.update", mexicanProgram)).toBe(false);
    expect(can(actor("CIVIL_SOCIETY", "MX", "org-stps"), "program.update", mexicanProgram)).toBe(false);
  });

  it("gives a GOVERNMENT user without a country no country scope", () => {
    expect(can(actor("GOVERNMENT", null), "program.update", { countries: ["MX"] })).toBe(false);
  });
});

describe("requirePermission, the one entry point of every data-access function", () => {
  it("asks an anonymous caller to sign in, and refuses another role with the permission's own message", () => {
    for (const [permission, rule] of Object.entries(PERMISSIONS) as [Permission, (typeof PERMISSIONS)[Permission]][]) {
      expect(() => requirePermission(null, permission)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
      for (const role of ROLES) {
        const who = actor(role);
        if ((rule.roles as readonly Role[]).includes(role)) expect(requirePermission(who, permission)).toBe(who);
        else expect(() => requirePermission(who, permission)).toThrow(expect.objectContaining({ code: "FORBIDDEN", message: rule.refusal }));
      }
    }
  });

  it("holds a scoped role to the record it names, with the record's own refusal", () => {
    const mexican = { countries: ["MX"], outOfScope: "Only Mexico's ministries change this." };
    expect(requirePermission(actor("GOVERNMENT", "MX"), "finance.manage", mexican).countryCode).toBe("MX");
    expect(() => requirePermission(actor("GOVERNMENT", "US"), "finance.manage", mexican)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", message: "Only Mexico's ministries change this." }),
    );
    expect(() => requireSignedIn(null)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});

// What each role may do, as concrete cases drawn from DESIGN.md ("Users and roles"): a person, what
// they try, on which record where the permission is scoped, and whether they are let through. Each
// case is decided by the functions the app itself calls (requirePermission, can, mayChangeProgram,
// mayChangeExchange), so a change to the table or to scoping that alters an answer fails here.
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, requirePermission, requireSignedIn, type Actor, type Permission, type Scope } from "@/lib/platform/authz";
import { mayChangeExchange } from "@/lib/platform/authz/load-exchange";
import { mayChangeProgram, type ProgramPermission } from "@/lib/platform/authz/load-program";
import type { Role } from "@/lib/platform/db/generated/enums";

function person(role: Role, country: string | null = "MX", organisationId = `org-${role}-${country ?? "none"}`): Actor {
  return { id: `user-${role}`, email: `${role}@example.test`, name: role, role, organisationId, organisationName: "Org", countryCode: country };
}

const admin = person("ADMIN", null);
const analyst = person("ANALYST", null);
const mexicanMinistry = person("GOVERNMENT", "MX", "org-stps");
const usMinistry = person("GOVERNMENT", "US", "org-dol");
const mexicanUnion = person("CIVIL_SOCIETY", "MX", "org-union");
const otherUnion = person("CIVIL_SOCIETY", "MX", "org-other-union");

// Records, described by what the app scopes them by.
const usmcaAgreement: Scope = { countries: ["MX", "US", "CA"] };
const vietnamAgreement: Scope = { countries: ["US", "VN"] };
const programReportedByMexico = { reportingOrganisation: { countryCode: "MX" } };
const programReportedByUs = { reportingOrganisation: { countryCode: "US" } };
const unionMeasure: Scope = { organisationIds: ["org-union"] };

type Case = { permission: Permission; says: string; allowed: boolean; decide: () => boolean };

/** The role alone decides: requirePermission lets the person through or refuses them. */
function byRole(permission: Permission, who: Actor | null, allowed: boolean, says: string): Case {
  return { permission, says, allowed, decide: () => passes(() => requirePermission(who, permission)) };
}

/** The role and the record decide, as the data-access layer asks with the record's scope. */
function onRecord(permission: Permission, who: Actor, record: Scope, allowed: boolean, says: string): Case {
  return {
    permission,
    says,
    allowed,
    decide: () => {
      const viaCan = can(who, permission, record);
      expect(passes(() => requirePermission(who, permission, record)), "requirePermission and can agree").toBe(viaCan);
      return viaCan;
    },
  };
}

function onProgram(permission: ProgramPermission, who: Actor, program: typeof programReportedByMexico, allowed: boolean, says: string): Case {
  return { permission, says, allowed, decide: () => mayChangeProgram(who, program, permission) };
}

function passes(act: () => unknown): boolean {
  try {
    act();
    return true;
  } catch {
    return false;
  }
}

const CASES: Case[] = [
  // Accounts and reference data: administrators only.
  byRole("user.manage", admin, true, "an ADMIN manages user accounts"),
  byRole("user.manage", mexicanMinistry, false, "a GOVERNMENT user may not manage user accounts"),
  byRole("user.manage", analyst, false, "an ANALYST may not manage user accounts"),
  byRole("organisation.manage", admin, true, "an ADMIN manages organisations"),
  byRole("organisation.manage", mexicanUnion, false, "a CIVIL_SOCIETY user may not manage organisations"),
  byRole("referenceData.manage", admin, true, "an ADMIN maintains reference data"),
  byRole("referenceData.manage", analyst, false, "an ANALYST may not maintain reference data"),
  byRole("exchangeRate.manage", admin, true, "an ADMIN maintains exchange rates"),
  byRole("exchangeRate.manage", mexicanMinistry, false, "a GOVERNMENT user may not maintain exchange rates"),
  byRole("audit.read", analyst, true, "an ANALYST reads the audit trail"),
  byRole("audit.read", admin, true, "an ADMIN reads the audit trail"),
  byRole("audit.read", mexicanMinistry, false, "a GOVERNMENT user may not read the audit trail"),
  byRole("audit.read", mexicanUnion, false, "a CIVIL_SOCIETY user may not read the audit trail"),
  byRole("apiToken.manage", mexicanUnion, true, "a CIVIL_SOCIETY user manages their API tokens"),
  byRole("apiToken.manage", null, false, "an anonymous visitor has no API tokens"),
  // Agreements and institutions.
  byRole("agreement.manage", admin, true, "an ADMIN adds and edits agreements"),
  byRole("agreement.manage", mexicanMinistry, false, "a GOVERNMENT user may not edit agreements"),
  onRecord("provision.manage", mexicanMinistry, usmcaAgreement, true, "a GOVERNMENT user of MX edits the provisions of an agreement Mexico is party to"),
  onRecord("provision.manage", mexicanMinistry, vietnamAgreement, false, "a GOVERNMENT user of MX may not edit the provisions of an agreement Mexico is not party to"),
  onRecord("provision.manage", analyst, usmcaAgreement, false, "an ANALYST may not edit provisions"),
  byRole("institution.manage", admin, true, "an ADMIN manages institutions"),
  byRole("institution.manage", mexicanMinistry, false, "a GOVERNMENT user may not manage institutions"),
  onRecord("contactPoint.manage", mexicanMinistry, usmcaAgreement, true, "a GOVERNMENT user of MX manages a contact point under an agreement Mexico is party to"),
  onRecord("contactPoint.manage", mexicanMinistry, vietnamAgreement, false, "a GOVERNMENT user of MX may not manage a contact point under another country's agreement"),
  onRecord("contactPoint.manage", mexicanUnion, usmcaAgreement, false, "a CIVIL_SOCIETY user may not manage a contact point"),
  onRecord("meeting.manage", usMinistry, vietnamAgreement, true, "a GOVERNMENT user of the US records a meeting of an agreement the US is party to"),
  onRecord("meeting.manage", mexicanMinistry, vietnamAgreement, false, "a GOVERNMENT user of MX may not record a meeting of an agreement Mexico is not party to"),
  onRecord("meeting.manage", admin, vietnamAgreement, true, "an ADMIN records a meeting of any agreement"),
  // Programs and what hangs off them.
  byRole("draft.read", mexicanUnion, true, "a signed-in CIVIL_SOCIETY user may ask for drafts (the read scope narrows them)"),
  byRole("draft.read", null, false, "an anonymous visitor sees no drafts"),
  byRole("program.create", mexicanMinistry, true, "a GOVERNMENT user registers a program"),
  byRole("program.create", mexicanUnion, false, "a CIVIL_SOCIETY user may not register a program"),
  byRole("program.create", analyst, false, "an ANALYST may not register a program"),
  onProgram("program.update", mexicanMinistry, programReportedByMexico, true, "a GOVERNMENT user of MX changes a program whose reporting organisation is Mexican"),
  onProgram("program.update", mexicanMinistry, programReportedByUs, false, "a GOVERNMENT user of MX may not change a program whose reporting organisation is of the US"),
  onProgram("program.update", admin, programReportedByUs, true, "an ADMIN changes any program"),
  onProgram("program.update", analyst, programReportedByMexico, false, "an ANALYST, who reads everything, may not change a program"),
  onProgram("program.update", person("CIVIL_SOCIETY", "MX", "org-stps"), programReportedByMexico, false, "a CIVIL_SOCIETY user may not change a program, even of their own country"),
  byRole("program.reopen", admin, true, "an ADMIN reopens a closed program"),
  byRole("program.reopen", mexicanMinistry, false, "a GOVERNMENT user may not reopen a closed program"),
  byRole("program.assignReporter", admin, true, "an ADMIN moves a program to another reporting organisation"),
  byRole("program.assignReporter", mexicanMinistry, false, "a GOVERNMENT user may not move a program to another reporting organisation"),
  onProgram("finance.manage", mexicanMinistry, programReportedByMexico, true, "a GOVERNMENT user of MX records the money of a program Mexico reports"),
  onProgram("finance.manage", usMinistry, programReportedByMexico, false, "a GOVERNMENT user of the US may not record the money of a program Mexico reports"),
  onProgram("finance.manage", mexicanUnion, programReportedByMexico, false, "a CIVIL_SOCIETY user may not record a program's money"),
  onProgram("monitoring.manage", usMinistry, programReportedByUs, true, "a GOVERNMENT user of the US records the indicators of a program the US reports"),
  onProgram("monitoring.manage", mexicanMinistry, programReportedByUs, false, "a GOVERNMENT user of MX may not record the indicators of a program the US reports"),
  onProgram("monitoring.manage", person("GOVERNMENT", null, "org-stateless"), programReportedByMexico, false, "a GOVERNMENT user without a country changes no program"),
  onProgram("event.manage", mexicanMinistry, programReportedByMexico, true, "a GOVERNMENT user of MX manages the events of a program Mexico reports"),
  onProgram("event.manage", mexicanMinistry, programReportedByUs, false, "a GOVERNMENT user of MX may not manage the events of a program the US reports"),
  byRole("submission.file", mexicanUnion, true, "a CIVIL_SOCIETY user files a public submission for their organisation"),
  byRole("submission.file", mexicanMinistry, false, "a GOVERNMENT user does not file public submissions: they handle them"),
  byRole("submission.file", analyst, false, "an ANALYST does not file public submissions"),
  byRole("submission.handle", mexicanMinistry, true, "a GOVERNMENT user handles the submissions filed with their country's contact point (the service checks which)"),
  byRole("submission.handle", mexicanUnion, false, "a CIVIL_SOCIETY user does not handle public submissions"),
  byRole("submission.handle", analyst, false, "an ANALYST reads every submission but does not handle them"),
  byRole("participation.request", mexicanUnion, true, "a CIVIL_SOCIETY user asks to take part in a program"),
  byRole("participation.request", mexicanMinistry, false, "a GOVERNMENT user does not ask to take part: ministries add participants directly"),
  onProgram("participation.decide", mexicanMinistry, programReportedByMexico, true, "a GOVERNMENT user of MX answers requests to take part in a program Mexico reports"),
  onProgram("participation.decide", mexicanMinistry, programReportedByUs, false, "a GOVERNMENT user of MX may not answer requests about a program the US reports"),
  onProgram("participation.decide", mexicanUnion, programReportedByMexico, false, "a CIVIL_SOCIETY user may not answer requests to take part"),
  onRecord("attendance.record", mexicanUnion, { countries: ["MX"], organisationIds: ["org-union"] }, true, "a CIVIL_SOCIETY user records their own organisation's attendance"),
  onRecord("attendance.record", otherUnion, { countries: ["MX"], organisationIds: ["org-union"] }, false, "a CIVIL_SOCIETY user may not record another organisation's attendance, even of their country"),
  onRecord("attendance.record", analyst, { organisationIds: ["org-union"] }, false, "an ANALYST does not record attendance"),
  byRole("comment.create", analyst, true, "an ANALYST comments"),
  byRole("comment.create", null, false, "an anonymous visitor does not comment"),
  { permission: "exchange.log", says: "a GOVERNMENT user of MX changes an exchange Mexico sent", allowed: true, decide: () => mayChangeExchange(mexicanMinistry, { fromCountryCode: "MX" }) },
  { permission: "exchange.log", says: "a GOVERNMENT user of MX may not change an exchange the US sent", allowed: false, decide: () => mayChangeExchange(mexicanMinistry, { fromCountryCode: "US" }) },
  { permission: "exchange.log", says: "an ANALYST does not log exchanges", allowed: false, decide: () => mayChangeExchange(analyst, { fromCountryCode: "MX" }) },
  // Plans.
  byRole("plan.create", mexicanMinistry, true, "a GOVERNMENT user drafts an action plan"),
  byRole("plan.create", mexicanUnion, false, "a CIVIL_SOCIETY user may not draft a plan"),
  byRole("plan.submit", mexicanMinistry, true, "a GOVERNMENT user submits a plan for review"),
  byRole("plan.submit", analyst, false, "an ANALYST may not submit a plan"),
  byRole("plan.review", analyst, true, "an ANALYST reviews a plan"),
  byRole("plan.review", mexicanMinistry, false, "a GOVERNMENT user may not review a plan, not even their own"),
  byRole("measure.verify", analyst, true, "an ANALYST verifies a measure"),
  byRole("measure.verify", mexicanUnion, false, "a CIVIL_SOCIETY user may not verify a measure"),
  onRecord("measure.evidence", mexicanUnion, unionMeasure, true, "a CIVIL_SOCIETY user adds evidence to a measure their organisation is responsible for"),
  onRecord("measure.evidence", otherUnion, unionMeasure, false, "a CIVIL_SOCIETY user may not add evidence to another organisation's measure"),
  onRecord("measure.evidence", analyst, unionMeasure, false, "an ANALYST does not add evidence"),
  byRole("data.export", analyst, true, "an ANALYST exports data"),
  byRole("data.export", null, false, "an anonymous visitor does not export through the signed-in export"),
];

describe("what each role may do", () => {
  for (const { says, allowed, decide } of CASES) {
    it(`${allowed ? "allows" : "refuses"}: ${says}`, () => {
      expect(decide()).toBe(allowed);
    });
  }

  it("has an allowed and a refused case for every permission in the table, and none for a permission it lacks", () => {
    const covered = (allowed: boolean) => new Set(CASES.filter((c) => c.allowed === allowed).map((c) => c.permission));
    const table = Object.keys(PERMISSIONS).sort();
    expect([...covered(true)].sort()).toEqual(table);
    expect([...covered(false)].sort()).toEqual(table);
  });
});

describe("requirePermission, the one entry point of every data-access function", () => {
  it("asks an anonymous visitor to sign in", () => {
    expect(() => requirePermission(null, "program.create")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => requireSignedIn(null)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("refuses a role without the permission with the permission's own message", () => {
    expect(() => requirePermission(mexicanUnion, "program.create")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", message: "Only administrators and ministry staff register cooperation programs." }),
    );
  });

  it("holds a scoped role to the record it names, with the record's own refusal", () => {
    const mexican = { countries: ["MX"], outOfScope: "Only Mexico's ministries change this." };
    expect(requirePermission(mexicanMinistry, "finance.manage", mexican)).toBe(mexicanMinistry);
    expect(() => requirePermission(usMinistry, "finance.manage", mexican)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", message: "Only Mexico's ministries change this." }),
    );
  });

  it("lets a GOVERNMENT user act on a record of their own organisation even without a shared country", () => {
    expect(can(person("GOVERNMENT", "US", "org-stps"), "program.update", { countries: ["MX"], organisationIds: ["org-stps"] })).toBe(true);
  });
});

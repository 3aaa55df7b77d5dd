import type { Role } from "@/lib/platform/db/generated/enums";

const ALL_ROLES: readonly Role[] = ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"];

type Rule = {
  /** The roles that may attempt the action. */
  roles: readonly Role[];
  /** What a signed-in user of another role is told when refused. */
  refusal: string;
};

/**
 * What each role may do (DESIGN.md, "Users and roles"), and what the others are told. A role listed
 * here may attempt the action; GOVERNMENT and CIVIL_SOCIETY are further held to their scope by the
 * record loaders (`./load-program.ts` and its neighbours) and the `where` builders (`./where.ts`).
 */
export const PERMISSIONS = {
  // Reference data and accounts
  "user.manage": { roles: ["ADMIN"], refusal: "Only administrators manage user accounts." },
  "organisation.manage": { roles: ["ADMIN"], refusal: "Only administrators manage organisations." },
  "referenceData.manage": { roles: ["ADMIN"], refusal: "Only administrators maintain reference data." },
  "exchangeRate.manage": { roles: ["ADMIN"], refusal: "Only administrators maintain exchange rates." },
  "audit.read": { roles: ["ADMIN", "ANALYST"], refusal: "Only administrators and analysts see the audit trail." },
  "apiToken.manage": { roles: ALL_ROLES, refusal: "Your role does not use API tokens." },
  // Agreements and institutions
  "agreement.manage": { roles: ["ADMIN"], refusal: "Only administrators add and edit agreements." },
  "provision.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only administrators and ministries edit provisions." },
  "institution.manage": { roles: ["ADMIN"], refusal: "Only administrators manage institutions; a ministry manages its own country's contact point." },
  "contactPoint.manage": {
    roles: ["ADMIN", "GOVERNMENT"],
    refusal: "Only administrators manage institutions; a ministry manages its own country's contact point.",
  },
  "meeting.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only administrators and ministries record meetings." },
  // Programs and what hangs off them
  "draft.read": { roles: ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"], refusal: "Sign in to see drafts." },
  "program.create": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only administrators and ministry staff register cooperation programs." },
  "program.update": {
    roles: ["ADMIN", "GOVERNMENT"],
    refusal: "Only administrators and ministry staff change cooperation programs, their participants and their documents.",
  },
  "program.reopen": { roles: ["ADMIN"], refusal: "Only an administrator reopens a closed or cancelled program." },
  "program.assignReporter": { roles: ["ADMIN"], refusal: "Only an administrator moves a program to another reporting organisation." },
  "finance.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only administrators and ministry staff record a program's money." },
  "monitoring.manage": {
    roles: ["ADMIN", "GOVERNMENT"],
    refusal: "Only administrators and ministry staff record a program's indicators and reports.",
  },
  "event.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only administrators and ministry staff manage a program's events." },
  "participation.request": {
    roles: ["CIVIL_SOCIETY"],
    refusal: "Only staff of workers', employers' and civil-society organisations ask to take part; ministries add participants directly.",
  },
  "participation.decide": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only the program's ministries and administrators answer requests to take part." },
  "attendance.record": { roles: ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"], refusal: "Your role does not record attendance." },
  "comment.create": { roles: ALL_ROLES, refusal: "Your role does not comment." },
  "exchange.log": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only administrators and ministry staff log information exchanges." },
  // Plans
  "plan.create": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only ministry staff (and administrators) draft action and remediation plans." },
  "plan.submit": { roles: ["ADMIN", "GOVERNMENT"], refusal: "Only the ministries of the plan's country (and administrators) make this move." },
  "plan.review": { roles: ["ADMIN", "ANALYST"], refusal: "Only analysts (and administrators) review plans." },
  "measure.verify": { roles: ["ADMIN", "ANALYST"], refusal: "Only analysts (and administrators) verify measures." },
  "measure.evidence": {
    roles: ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"],
    refusal: "Only the plan's ministry and the organisation responsible for the measure add its evidence.",
  },
  "data.export": { roles: ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"], refusal: "Your role does not export data." },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

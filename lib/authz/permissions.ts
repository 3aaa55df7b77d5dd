import type { Role } from "@/lib/db/generated/enums";

const ALL_ROLES: readonly Role[] = ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"];

/**
 * What each role may do (DESIGN.md, "Users and roles"). A role listed here may attempt the action;
 * GOVERNMENT and CIVIL_SOCIETY are further held to their scope by `can` and the `where` builders.
 */
export const PERMISSIONS = {
  // Reference data and accounts
  "user.manage": ["ADMIN"],
  "organisation.manage": ["ADMIN"],
  "referenceData.manage": ["ADMIN"],
  "exchangeRate.manage": ["ADMIN"],
  "audit.read": ["ADMIN", "ANALYST"],
  "apiToken.manage": ALL_ROLES,
  // Agreements and institutions
  "agreement.manage": ["ADMIN"],
  "provision.manage": ["ADMIN", "GOVERNMENT"],
  "institution.manage": ["ADMIN"],
  "contactPoint.manage": ["ADMIN", "GOVERNMENT"],
  "meeting.manage": ["ADMIN", "GOVERNMENT"],
  // Programs and what hangs off them
  "draft.read": ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"],
  "program.create": ["ADMIN", "GOVERNMENT"],
  "program.update": ["ADMIN", "GOVERNMENT"],
  "program.reopen": ["ADMIN"],
  "finance.manage": ["ADMIN", "GOVERNMENT"],
  "monitoring.manage": ["ADMIN", "GOVERNMENT"],
  "event.manage": ["ADMIN", "GOVERNMENT"],
  "participation.request": ["CIVIL_SOCIETY"],
  "participation.decide": ["ADMIN", "GOVERNMENT"],
  "attendance.record": ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"],
  "comment.create": ALL_ROLES,
  "exchange.log": ["ADMIN", "GOVERNMENT"],
  // Plans
  "plan.create": ["ADMIN", "GOVERNMENT"],
  "plan.submit": ["ADMIN", "GOVERNMENT"],
  "plan.review": ["ADMIN", "ANALYST"],
  "measure.verify": ["ADMIN", "ANALYST"],
  "measure.evidence": ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"],
  "data.export": ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

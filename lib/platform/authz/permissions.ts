import type { Role } from "@/lib/platform/db/generated/enums";
import { problem } from "@/lib/platform/i18n/problem";

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
  "user.manage": { roles: ["ADMIN"], refusal: problem("AuthzProblem.userManage") },
  "organisation.manage": { roles: ["ADMIN"], refusal: problem("AuthzProblem.organisationManage") },
  "referenceData.manage": { roles: ["ADMIN"], refusal: problem("AuthzProblem.referenceDataManage") },
  "exchangeRate.manage": { roles: ["ADMIN"], refusal: problem("AuthzProblem.exchangeRateManage") },
  "audit.read": { roles: ["ADMIN", "ANALYST"], refusal: problem("AuthzProblem.auditRead") },
  "apiToken.manage": { roles: ALL_ROLES, refusal: problem("AuthzProblem.apiTokenManage") },
  // Agreements and institutions
  "agreement.manage": { roles: ["ADMIN"], refusal: problem("AuthzProblem.agreementManage") },
  "provision.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.provisionManage") },
  "institution.manage": { roles: ["ADMIN"], refusal: problem("AuthzProblem.institutionManage") },
  "contactPoint.manage": {
    roles: ["ADMIN", "GOVERNMENT"],
    refusal: problem("AuthzProblem.institutionManage"),
  },
  "meeting.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.meetingManage") },
  // Programs and what hangs off them
  "draft.read": { roles: ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"], refusal: problem("AuthzProblem.draftRead") },
  "program.create": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.programCreate") },
  "program.update": {
    roles: ["ADMIN", "GOVERNMENT"],
    refusal: problem("AuthzProblem.programUpdate"),
  },
  "program.reopen": { roles: ["ADMIN"], refusal: problem("AuthzProblem.programReopen") },
  "program.assignReporter": { roles: ["ADMIN"], refusal: problem("AuthzProblem.programAssignReporter") },
  "finance.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.financeManage") },
  "monitoring.manage": {
    roles: ["ADMIN", "GOVERNMENT"],
    refusal: problem("AuthzProblem.monitoringManage"),
  },
  "event.manage": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.eventManage") },
  "participation.request": {
    roles: ["CIVIL_SOCIETY"],
    refusal: problem("AuthzProblem.participationRequest"),
  },
  "participation.decide": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.participationDecide") },
  "attendance.record": { roles: ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"], refusal: problem("AuthzProblem.attendanceRecord") },
  "comment.create": { roles: ALL_ROLES, refusal: problem("AuthzProblem.commentCreate") },
  "exchange.log": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.exchangeLog") },
  // Plans
  "plan.create": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.planCreate") },
  "plan.submit": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.planSubmit") },
  "plan.review": { roles: ["ADMIN", "ANALYST"], refusal: problem("AuthzProblem.planReview") },
  "measure.verify": { roles: ["ADMIN", "ANALYST"], refusal: problem("AuthzProblem.measureVerify") },
  "measure.evidence": {
    roles: ["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY"],
    refusal: problem("AuthzProblem.measureEvidence"),
  },
  // Public submissions
  "submission.file": { roles: ["CIVIL_SOCIETY"], refusal: problem("AuthzProblem.submissionFile") },
  "submission.handle": { roles: ["ADMIN", "GOVERNMENT"], refusal: problem("AuthzProblem.submissionHandle") },
  "data.export": { roles: ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"], refusal: problem("AuthzProblem.dataExport") },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

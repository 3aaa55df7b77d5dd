import "server-only";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission, requireSignedIn, submissionHandleWhere, submissionReadWhere, type Actor, type Viewer } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/** The columns a submission's audit entries and versioned writes carry. */
export const SUBMISSION_RECORD_SELECT = {
  id: true,
  agreementId: true,
  concernsCountryCode: true,
  contactPointId: true,
  organisationId: true,
  identityWithheld: true,
  title: true,
  summary: true,
  facts: true,
  request: true,
  topics: true,
  language: true,
  translations: true,
  status: true,
  filedAt: true,
  decisionDueOn: true,
  acknowledgedAt: true,
  decidedAt: true,
  decisionReason: true,
  reportDueOn: true,
  reportedAt: true,
  findings: true,
  closedAt: true,
  version: true,
  coSubmitters: { orderBy: { organisationId: "asc" }, select: { organisationId: true, identityWithheld: true } },
  provisions: { orderBy: { provisionId: "asc" }, select: { provisionId: true } },
} as const satisfies Prisma.SubmissionSelect;

export type SubmissionRecord = Prisma.SubmissionGetPayload<{ select: typeof SUBMISSION_RECORD_SELECT }>;

/** Reads a submission record with `client`, narrowed by `where`. */
export const submissionRecord = (client: Pick<DbTx, "submission">) => (where: Prisma.SubmissionWhereInput) => client.submission.findFirst({ where, select: SUBMISSION_RECORD_SELECT });

export const auditOnSubmission = (tx: DbTx, ctx: ActionContext, submissionId: string, action: string, entry: { before?: unknown; after?: unknown }) =>
  recordAuditEvent(tx, ctx, { action, entityType: "Submission", entityId: submissionId, ...entry });

/** The submission if the viewer may read it; otherwise it is not found (404), like a missing one. */
export async function loadSubmissionForRead(tx: DbTx, viewer: Viewer, submissionId: string): Promise<SubmissionRecord> {
  const submission = await submissionRecord(tx)({ AND: [{ id: submissionId }, submissionReadWhere(viewer)] });
  if (!submission) throw new AppError("NOT_FOUND", problem("SubmissionProblems.notFound"));
  return submission;
}

/**
 * The submission and the actor, for a change by its submitting organisation: a user of another role
 * is refused (403), one of another organisation too once they can read it (a co-submitter reads it
 * but does not change it).
 */
export async function loadSubmissionForSubmitter(tx: DbTx, viewer: Viewer, submissionId: string): Promise<{ actor: Actor; submission: SubmissionRecord }> {
  const actor = requireSignedIn(viewer);
  const submission = await loadSubmissionForRead(tx, actor, submissionId);
  if (actor.role !== "CIVIL_SOCIETY" || submission.organisationId !== actor.organisationId) {
    throw new AppError("FORBIDDEN", problem("SubmissionProblems.submittersOnly"));
  }
  return { actor, submission };
}

/**
 * The submission and the actor, for a move by the ministry of the contact point it was filed with
 * (or an ADMIN): other roles are refused (403), as are ministries of another country.
 */
export async function loadSubmissionForHandler(tx: DbTx, viewer: Viewer, submissionId: string): Promise<{ actor: Actor; submission: SubmissionRecord }> {
  const actor = requirePermission(viewer, "submission.handle");
  const submission = await loadSubmissionForRead(tx, actor, submissionId);
  if (!(await tx.submission.count({ where: { AND: [{ id: submissionId }, submissionHandleWhere(actor)] } }))) {
    throw new AppError("FORBIDDEN", problem("SubmissionProblems.contactPointOnly"));
  }
  return { actor, submission };
}

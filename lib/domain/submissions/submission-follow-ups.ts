import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { planActWhere, planReadWhere, programActWhere, programReadWhere, requireSignedIn, submissionHandleWhere, type Actor } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";
import { ZSubmissionFollowUp, type TSubmissionFollowUp } from "./schemas";
import { auditOnSubmission, loadSubmissionForRead } from "./submission-record";
import { FOLLOW_UP_STATUSES } from "./submission-workflow";

const invalid = (field: string, message: string) => new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { [field]: [message] } });

/**
 * Who may tie a plan or program to a recommendation: the ministry that handles the submission, or
 * the one that acts for the plan or program (the party that remedies), or an ADMIN.
 */
async function assertMayLink(tx: DbTx, actor: Actor, submissionId: string, target: { planId?: string; programId?: string }) {
  if (actor.role === "ADMIN") return;
  if (actor.role !== "GOVERNMENT") throw new AppError("FORBIDDEN", problem("SubmissionProblems.followUpWho"));
  const handles = await tx.submission.count({ where: { AND: [{ id: submissionId }, submissionHandleWhere(actor)] } });
  if (handles) return;
  const acts = target.planId
    ? await tx.plan.count({ where: { AND: [{ id: target.planId }, planActWhere(actor)] } })
    : await tx.cooperationProgram.count({ where: { AND: [{ id: target.programId }, programActWhere(actor)] } });
  if (!acts) throw new AppError("FORBIDDEN", problem("SubmissionProblems.followUpWho"));
}

async function loadRecommendation(tx: DbTx, actor: Actor, submissionId: string, recommendationId: string) {
  const submission = await loadSubmissionForRead(tx, actor, submissionId);
  if (!FOLLOW_UP_STATUSES.includes(submission.status)) throw new AppError("CONFLICT", problem("SubmissionProblems.followUpWhen"));
  const recommendation = await tx.submissionRecommendation.findFirst({ where: { id: recommendationId, submissionId }, select: { id: true, position: true } });
  if (!recommendation) throw invalid("recommendationId", problem("SubmissionProblems.recommendation"));
  return { submission, recommendation };
}

/** Checks the plan or program exists for the actor and is under the submission's agreement. */
async function assertTarget(tx: DbTx, actor: Actor, agreementId: string, data: TSubmissionFollowUp) {
  if (data.planId) {
    const plan = await tx.plan.findFirst({ where: { AND: [{ id: data.planId }, planReadWhere(actor)] }, select: { agreementId: true } });
    if (!plan || plan.agreementId !== agreementId) throw invalid("planId", problem("SubmissionProblems.followUpAgreement"));
  } else {
    const program = await tx.cooperationProgram.findFirst({ where: { AND: [{ id: data.programId }, programReadWhere(actor)] }, select: { agreementId: true } });
    if (!program || program.agreementId !== agreementId) throw invalid("programId", problem("SubmissionProblems.followUpAgreement"));
  }
}

/** Ties a remediation plan or a cooperation program to one of the report's recommendations; both pages show the link. */
export async function addSubmissionFollowUp(ctx: ActionContext, submissionId: string, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const data = ZSubmissionFollowUp.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const { submission, recommendation } = await loadRecommendation(tx, actor, submissionId, data.recommendationId);
      await assertTarget(tx, actor, submission.agreementId, data);
      await assertMayLink(tx, actor, submissionId, data);
      const followUp = await tx.submissionFollowUp.create({
        data: { recommendationId: recommendation.id, planId: data.planId ?? null, programId: data.programId ?? null },
        select: { id: true, recommendationId: true, planId: true, programId: true },
      });
      await auditOnSubmission(tx, ctx, submissionId, "submission.followUp.add", { after: { followUp: { ...followUp, position: recommendation.position } } });
      return followUp;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw invalid(data.planId ? "planId" : "programId", problem("SubmissionProblems.followUpOnce"));
    throw error;
  }
}

/** Unties a plan or program from a recommendation; the same people may as may tie it. */
export async function removeSubmissionFollowUp(ctx: ActionContext, submissionId: string, followUpId: string) {
  const actor = requireSignedIn(ctx.actor);
  return db().$transaction(async (tx) => {
    const followUp = await tx.submissionFollowUp.findFirst({
      where: { id: followUpId, recommendation: { submissionId } },
      select: { id: true, recommendationId: true, planId: true, programId: true, recommendation: { select: { position: true } } },
    });
    if (!followUp) throw new AppError("NOT_FOUND", problem("SubmissionProblems.followUpNotFound"));
    await loadRecommendation(tx, actor, submissionId, followUp.recommendationId);
    await assertMayLink(tx, actor, submissionId, { planId: followUp.planId ?? undefined, programId: followUp.programId ?? undefined });
    await tx.submissionFollowUp.delete({ where: { id: followUp.id } });
    const { recommendation, ...recorded } = followUp;
    await auditOnSubmission(tx, ctx, submissionId, "submission.followUp.remove", { before: { followUp: { ...recorded, position: recommendation.position } } });
  });
}

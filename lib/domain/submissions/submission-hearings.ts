import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { problem } from "@/lib/platform/i18n/problem";
import { ZSubmissionHearing } from "./schemas";
import { auditOnSubmission, loadSubmissionForHandler } from "./submission-record";
import { HEARING_STATUSES } from "./submission-workflow";

const invalid = (field: string, message: string) => new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { [field]: [message] } });

/**
 * The contact point's ministry records a consultation or a hearing held during the review: a
 * meeting of one of the agreement's institutions, from the institutions' meeting records.
 */
export async function addSubmissionHearing(ctx: ActionContext, submissionId: string, input: unknown) {
  const data = ZSubmissionHearing.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const { submission } = await loadSubmissionForHandler(tx, ctx.actor, submissionId);
      if (!HEARING_STATUSES.includes(submission.status)) throw new AppError("CONFLICT", problem("SubmissionProblems.hearingWhen"));
      const meeting = await tx.meeting.findFirst({ where: { id: data.meetingId, institution: { agreementId: submission.agreementId } }, select: { id: true, date: true, place: true } });
      if (!meeting) throw invalid("meetingId", problem("SubmissionProblems.meetingOf"));
      const hearing = await tx.submissionHearing.create({ data: { submissionId, meetingId: meeting.id, kind: data.kind }, select: { meetingId: true, kind: true } });
      await auditOnSubmission(tx, ctx, submissionId, "submission.hearing.add", { after: { hearing: { ...hearing, date: meeting.date, place: meeting.place } } });
      return hearing;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw invalid("meetingId", problem("SubmissionProblems.meetingOnce"));
    throw error;
  }
}

/** Removes a consultation or hearing recorded by mistake, while the review goes on. */
export async function removeSubmissionHearing(ctx: ActionContext, submissionId: string, meetingId: string) {
  return db().$transaction(async (tx) => {
    const { submission } = await loadSubmissionForHandler(tx, ctx.actor, submissionId);
    if (!HEARING_STATUSES.includes(submission.status)) throw new AppError("CONFLICT", problem("SubmissionProblems.hearingWhen"));
    const hearing = await tx.submissionHearing.findUnique({ where: { submissionId_meetingId: { submissionId, meetingId } }, select: { meetingId: true, kind: true } });
    if (!hearing) throw new AppError("NOT_FOUND", problem("SubmissionProblems.hearingNotFound"));
    await tx.submissionHearing.delete({ where: { submissionId_meetingId: { submissionId, meetingId } } });
    await auditOnSubmission(tx, ctx, submissionId, "submission.hearing.remove", { before: { hearing } });
  });
}

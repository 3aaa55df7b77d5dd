import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { db, type DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { named, problem } from "@/lib/platform/i18n/problem";
import { ZSubmissionMove, type TSubmissionMove } from "./schemas";
import { noticeOfMove } from "./submission-notices";
import { loadSubmissionForHandler, loadSubmissionForRead, loadSubmissionForSubmitter, submissionRecord, type SubmissionRecord } from "./submission-record";
import { dayAfter, submissionMove, SUBMISSION_MOVES } from "./submission-workflow";
import type { SubmissionStatus } from "@/lib/platform/db/generated/enums";

const say = (status: SubmissionStatus) => named(`SubmissionStatusSay.${status}`);

/** Why the workflow has no move from `from` to `to`, naming the moves it has. */
function noSuchMove(from: SubmissionStatus, to: SubmissionStatus) {
  const [a, b] = SUBMISSION_MOVES.filter((move) => move.from === from).map((move) => say(move.to));
  return new AppError("CONFLICT", problem("SubmissionProblems.noSuchMove", { from: say(from), to: say(to), next: b ? "two" : a ? "one" : "none", a: a ?? "", b: b ?? "" }));
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** What the move writes beside the status: its moment, the deadline it starts, the decision's reasons, the report. */
async function columnsOf(tx: DbTx, before: SubmissionRecord, input: TSubmissionMove, now: Date): Promise<Prisma.SubmissionUpdateManyMutationInput> {
  switch (input.to) {
    case "FILED": {
      const { submissionDecisionDays } = await tx.agreement.findUniqueOrThrow({ where: { id: before.agreementId }, select: { submissionDecisionDays: true } });
      return { filedAt: now, decisionDueOn: dayAfter(now, submissionDecisionDays) };
    }
    case "ACKNOWLEDGED":
      return { acknowledgedAt: now };
    case "ACCEPTED": {
      const { submissionReportDays } = await tx.agreement.findUniqueOrThrow({ where: { id: before.agreementId }, select: { submissionReportDays: true } });
      return { decidedAt: now, decisionReason: input.note ?? "", reportDueOn: dayAfter(now, submissionReportDays) };
    }
    case "DECLINED":
      return { decidedAt: now, decisionReason: input.reason };
    case "REPORTED":
      return { reportedAt: now, findings: input.findings };
    case "CLOSED":
      return { closedAt: now };
    case "UNDER_REVIEW":
      return {};
  }
}

/**
 * Moves a submission along its workflow (submission-workflow.ts): its organisation files it; the
 * contact point's ministry acknowledges, accepts or declines (with reasons), begins the review,
 * reports (findings and numbered recommendations) and closes it. Each move is checked against the
 * status, the side that may make it and the version, audited, and told to the other side.
 */
export async function moveSubmission(ctx: ActionContext, submissionId: string, input: unknown): Promise<SubmissionRecord> {
  const data = ZSubmissionMove.parse(input);
  return db().$transaction(async (tx) => {
    const current = await loadSubmissionForRead(tx, ctx.actor, submissionId);
    const move = submissionMove(current.status, data.to);
    if (!move) throw noSuchMove(current.status, data.to);
    const { actor, submission: before } =
      move.by === "submitter" ? await loadSubmissionForSubmitter(tx, ctx.actor, submissionId) : await loadSubmissionForHandler(tx, ctx.actor, submissionId);
    if (data.to === "FILED" && !before.topics.length && !before.provisions.length) throw new AppError("CONFLICT", problem("SubmissionProblems.invokeSomething"));
    const now = new Date();
    const columns = await columnsOf(tx, before, data, now);
    const after = await updateVersioned(tx, { ...ctx, actor }, {
      record: "submission",
      before,
      version: data.version,
      write: async () => {
        const written = await tx.submission.updateMany({ where: { id: submissionId, version: data.version, status: before.status }, data: { status: data.to, ...columns, version: { increment: 1 } } });
        if (written.count && data.to === "REPORTED") {
          await tx.submissionRecommendation.createMany({ data: data.recommendations.map((text, index) => ({ submissionId, position: index + 1, text })) });
        }
        return written;
      },
      read: () => submissionRecord(tx)({ id: submissionId }),
      audit: {
        action: "submission.move",
        entityType: "Submission",
        entityId: submissionId,
        as: (row, when) =>
          when === "before"
            ? { status: row.status }
            : { status: row.status, ...("note" in data && data.note && { note: data.note }), ...(data.to === "DECLINED" && { reason: data.reason }), ...(data.to === "REPORTED" && { findings: data.findings, recommendations: data.recommendations }) },
      },
    });
    const dueOn = data.to === "FILED" ? after.decisionDueOn : data.to === "ACCEPTED" ? after.reportDueOn : null;
    await noticeOfMove(tx, after, { ...(dueOn && { dueDate: isoDay(dueOn) }), ...(data.to === "DECLINED" && { reason: data.reason }) }, actor.id);
    return after;
  });
}

import "server-only";
import { db, type Db } from "@/lib/platform/db";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { handlersOf } from "@/lib/domain/submissions/submission-notices";
import { AWAITING_DECISION, AWAITING_REPORT, openDeadline } from "@/lib/domain/submissions/submission-workflow";
import type { NotificationKey } from "./notification-message";
import { notify } from "./notify";

/** A submission's deadline is announced this many days before it falls (the day itself included). */
export const SUBMISSION_REMINDER_DAYS = 7;
/** Submissions read and notified per transaction, so that a run never holds them all in memory. */
const BATCH_SIZE = 200;

export type SubmissionReminderCounts = { submissions: number; due: number; overdue: number };

const MESSAGES: Record<"decision" | "report", { due: NotificationKey; overdue: NotificationKey }> = {
  decision: { due: "submissionDecisionDue", overdue: "submissionDecisionOverdue" },
  report: { due: "submissionReportDue", overdue: "submissionReportOverdue" },
};

/**
 * Tells the ministry of each submission's contact point (handlersOf) of the deadline it has not met:
 * the decision of a FILED or ACKNOWLEDGED submission, the report of an ACCEPTED or UNDER_REVIEW one.
 * SUBMISSION_DUE when the deadline is `today` or within the next 7 days, SUBMISSION_OVERDUE once it
 * has passed (deadlines are UTC calendar days, met on their day). Each reminder's dedupe key names the
 * submission, the deadline and its date, so running this again, the next day or after a retry creates
 * nothing new, while a deadline moved to another day is announced again. Returns the notifications created.
 */
export async function sendSubmissionReminders(today: string = todayUtc(), client: Db = db()): Promise<SubmissionReminderCounts> {
  const counts: SubmissionReminderCounts = { submissions: 0, due: 0, overdue: 0 };
  const day = new Date(`${today}T00:00:00Z`);
  const horizon = new Date(day.getTime() + SUBMISSION_REMINDER_DAYS * 86_400_000);
  let cursor: string | undefined;
  for (;;) {
    // Keyset paging on id: the submissions are read in batches, never all at once.
    const submissions = await client.submission.findMany({
      where: {
        OR: [
          { status: { in: [...AWAITING_DECISION] }, decisionDueOn: { lte: horizon } },
          { status: { in: [...AWAITING_REPORT] }, reportDueOn: { lte: horizon } },
        ],
        ...(cursor && { id: { gt: cursor } }),
      },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      select: { id: true, title: true, status: true, decisionDueOn: true, reportDueOn: true, contactPointId: true },
    });
    if (!submissions.length) break;
    cursor = submissions.at(-1)!.id;
    counts.submissions += submissions.length;

    await client.$transaction(async (tx) => {
      // A batch's submissions share few contact points: their ministries are looked up once each.
      const handlers = new Map<string, string[]>();
      for (const submission of submissions) {
        const deadline = openDeadline(submission, day);
        if (!deadline) continue;
        let userIds = handlers.get(submission.contactPointId);
        if (!userIds) handlers.set(submission.contactPointId, (userIds = await handlersOf(tx, submission.contactPointId)));
        if (!userIds.length) continue;
        const dueDate = deadline.dueOn.toISOString().slice(0, 10);
        const when = deadline.overdue ? "overdue" : "due";
        const created = await notify(tx, { userIds }, {
          kind: deadline.overdue ? "SUBMISSION_OVERDUE" : "SUBMISSION_DUE",
          messageKey: MESSAGES[deadline.kind][when],
          messageValues: { submission: submission.title, dueDate },
          link: `/submissions/${submission.id}`,
          dedupeKey: `submission-${deadline.kind}-${when}:${submission.id}:${dueDate}`,
        });
        counts[when] += created.length;
      }
    });
    if (submissions.length < BATCH_SIZE) break;
  }
  return counts;
}

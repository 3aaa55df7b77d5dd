import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { notify } from "@/lib/domain/notifications/notify";
import type { NotificationKey } from "@/lib/domain/notifications/notification-message";

/** The active GOVERNMENT users of the contact point's country: the ministry that handles what is filed with it. */
export async function handlersOf(tx: DbTx, contactPointId: string): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { role: "GOVERNMENT", disabled: false, organisation: { country: { institutions: { some: { id: contactPointId } } } } },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/** The active users of the submitting and co-submitting organisations. */
export async function submittersOf(tx: DbTx, submission: { organisationId: string; coSubmitters: { organisationId: string }[] }): Promise<string[]> {
  const organisationIds = [submission.organisationId, ...submission.coSubmitters.map((entry) => entry.organisationId)];
  const users = await tx.user.findMany({ where: { organisationId: { in: organisationIds }, disabled: false }, select: { id: true } });
  return users.map((user) => user.id);
}

const MOVED: Partial<Record<SubmissionStatus, NotificationKey>> = {
  ACKNOWLEDGED: "submissionAcknowledged",
  ACCEPTED: "submissionAccepted",
  DECLINED: "submissionDeclined",
  UNDER_REVIEW: "submissionUnderReview",
  REPORTED: "submissionReported",
  CLOSED: "submissionClosed",
};

type Moved = { id: string; title: string; status: SubmissionStatus; version: number; contactPointId: string; organisationId: string; coSubmitters: { organisationId: string }[] };

/**
 * Tells of a move: a filing goes to the contact point's ministry, with the day its decision is due;
 * every other move goes to the submitters. Never to the person who made it.
 */
export async function noticeOfMove(tx: DbTx, submission: Moved, values: { dueDate?: string; reason?: string }, actorId: string) {
  const base = { messageValues: { submission: submission.title, ...values }, link: `/submissions/${submission.id}`, dedupeKey: `submission:${submission.id}:${submission.status}:${submission.version}` };
  if (submission.status === "FILED") {
    await notify(tx, { userIds: await handlersOf(tx, submission.contactPointId) }, { kind: "SUBMISSION_FILED", messageKey: "submissionFiled", ...base }, { exceptUserId: actorId });
    return;
  }
  const messageKey = MOVED[submission.status];
  if (messageKey) await notify(tx, { userIds: await submittersOf(tx, submission) }, { kind: "SUBMISSION_MOVED", messageKey, ...base }, { exceptUserId: actorId });
}

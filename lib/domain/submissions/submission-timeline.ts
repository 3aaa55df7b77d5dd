import "server-only";
import { meetingReadWhere, submissionWithheldWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { SubmissionHearingKind, SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { loadSubmissionForRead } from "./submission-record";

/** One entry of a submission's timeline: what happened, when, and what was said with it. */
export type TimelineEntry =
  | { at: Date; kind: "move"; status: SubmissionStatus; text: string | null; by: string | null }
  | { at: Date; kind: "hearing"; added: boolean; hearing: SubmissionHearingKind; date: string | null; by: string | null }
  | { at: Date; kind: "followUp"; added: boolean; position: number; by: string | null };

const PUBLIC_ACTIONS = ["submission.move", "submission.hearing.add", "submission.hearing.remove", "submission.followUp.add", "submission.followUp.remove"];

const textOf = (value: unknown) => (typeof value === "string" && value ? value : null);

/**
 * The submission's timeline, oldest first, from its audit trail: each move with its note or reasons,
 * and each consultation, hearing and follow-up recorded or removed. Built from the trail's entries
 * field by field, never passing them on whole: who acted is named only to those who see what the
 * submission withholds, a hearing only to those who may read its meeting (as the page lists them),
 * and drafting is left out (a submission is public from its filing).
 */
export async function submissionTimeline(viewer: Viewer, submissionId: string): Promise<TimelineEntry[]> {
  await loadSubmissionForRead(db(), viewer, submissionId);
  const seesWithheld = (await db().submission.count({ where: { AND: [{ id: submissionId }, submissionWithheldWhere(viewer)] } })) > 0;
  const events = await db().auditEvent.findMany({
    where: { entityType: "Submission", entityId: submissionId, action: { in: PUBLIC_ACTIONS } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: 500,
    select: { at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  const hearingOf = (event: (typeof events)[number]) =>
    ((event.action.endsWith(".add") ? (event.after as Record<string, unknown> | null)?.hearing : (event.before as Record<string, unknown> | null)?.hearing) ?? {}) as Record<string, unknown>;
  const meetingIds = [...new Set(events.filter((event) => event.action.startsWith("submission.hearing.")).map((event) => String(hearingOf(event).meetingId ?? "")))];
  const readable = new Set(
    meetingIds.length ? (await db().meeting.findMany({ where: { AND: [{ id: { in: meetingIds } }, meetingReadWhere(viewer)] }, select: { id: true } })).map((meeting) => meeting.id) : [],
  );
  return events.flatMap((event): TimelineEntry[] => {
    const by = seesWithheld ? (event.actor?.name ?? null) : null;
    const after = (event.after ?? {}) as Record<string, unknown>;
    const before = (event.before ?? {}) as Record<string, unknown>;
    if (event.action === "submission.move") {
      return [{ at: event.at, kind: "move", status: after.status as SubmissionStatus, text: textOf(after.reason) ?? textOf(after.note), by }];
    }
    if (event.action.startsWith("submission.hearing.")) {
      const hearing = hearingOf(event);
      if (!readable.has(String(hearing.meetingId ?? ""))) return [];
      return [{ at: event.at, kind: "hearing", added: event.action.endsWith(".add"), hearing: hearing.kind as SubmissionHearingKind, date: textOf(hearing.date)?.slice(0, 10) ?? null, by }];
    }
    const followUp = ((event.action.endsWith(".add") ? after.followUp : before.followUp) ?? {}) as Record<string, unknown>;
    return [{ at: event.at, kind: "followUp", added: event.action.endsWith(".add"), position: Number(followUp.position ?? 0), by }];
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZUpdateMeeting } from "@/lib/domain/agreements/schemas";
import { MEETING_SELECT, assertMayManageMeetings } from "./meeting-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Edits a meeting, starting from `version`. Decisions keep their number: the n-th line updates
 * decision n, extra lines add decisions, and fewer lines remove the last ones, unless a measure
 * follows one of those up, which is refused rather than losing the link.
 */
export async function updateMeeting(ctx: ActionContext, id: string, input: unknown) {
  requirePermission(ctx.actor, "meeting.manage");
  const { version, decisions, ...fields } = ZUpdateMeeting.parse(input);
  return db().$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id }, select: MEETING_SELECT });
    if (!before) throw new AppError("NOT_FOUND", problem("MeetingProblem.notFound"));
    await assertMayManageMeetings(tx, ctx.actor, before.institutionId);

    const dropped = before.decisions.filter((decision) => decision.position > decisions.length);
    if (dropped.length) {
      const followed = await tx.measure.findMany({ where: { decisionId: { in: dropped.map((d) => d.id) } }, select: { decision: { select: { position: true } } } });
      if (followed.length) {
        const positions = [...new Set(followed.map((measure) => measure.decision?.position))];
        throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
          fieldErrors: { decisions: [problem("MeetingProblem.decisionFollowedUp", { count: positions.length, positions: positions.join(", ") })] },
        });
      }
    }

    return updateVersioned(tx, ctx, {
      record: "meeting",
      before,
      version,
      write: async () => {
        const written = await tx.meeting.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
        if (written.count) await replaceDecisions(tx, id, before.decisions, decisions);
        return written;
      },
      read: () => tx.meeting.findUnique({ where: { id }, select: MEETING_SELECT }),
      audit: { action: "meeting.update", entityType: "Meeting", entityId: id },
    });
  });
}

/** The n-th line becomes decision n: changed texts are updated, extra lines added, missing ones removed. */
async function replaceDecisions(tx: DbTx, meetingId: string, stored: { id: string; position: number; text: string }[], decisions: string[]) {
  const dropped = stored.filter((decision) => decision.position > decisions.length);
  if (dropped.length) await tx.meetingDecision.deleteMany({ where: { id: { in: dropped.map((d) => d.id) } } });
  for (const [index, text] of decisions.entries()) {
    const position = index + 1;
    const existing = stored.find((decision) => decision.position === position);
    if (!existing) await tx.meetingDecision.create({ data: { meetingId, position, text } });
    else if (existing.text !== text) await tx.meetingDecision.update({ where: { id: existing.id }, data: { text } });
  }
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { ATTENDANCE_SELECT } from "../attendance/attendance-rules";
import { EVENT_SELECT, loadManagedEvent } from "./event-rules";

/** Deletes an event and the attendance recorded for it; the audit keeps both. */
export async function deleteEvent(ctx: ActionContext, eventId: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor, event: before } = await loadManagedEvent(tx, ctx.actor, eventId);
    const seen = ZVersion.parse(version);
    const attendance = await tx.attendance.findMany({ where: { eventId }, select: ATTENDANCE_SELECT });
    await deleteVersioned(tx, ctx, {
      record: "event",
      before,
      version: seen,
      remove: () => tx.event.deleteMany({ where: { id: eventId, version: seen, program: programActWhere(actor) } }),
      read: () => tx.event.findUnique({ where: { id: eventId }, select: EVENT_SELECT }),
      audit: { action: "event.delete", entityType: "CooperationProgram", entityId: before.programId, as: (event) => ({ event, attendance }) },
    });
  });
}

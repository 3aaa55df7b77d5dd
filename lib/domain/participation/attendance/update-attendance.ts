import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZUpdateAttendance } from "@/lib/domain/participation/schemas";
import { ATTENDANCE_SELECT, attendanceChange, changeableAttendance, loadAttendance } from "./attendance-rules";

/** Corrects the counts of one attendance row; which organisation and constituency it is for does not change. */
export async function updateAttendance(ctx: ActionContext, attendanceId: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "attendance.record");
  const data = ZUpdateAttendance.parse(input);
  return db().$transaction(async (tx) => {
    const { event, ...before } = await loadAttendance(tx, actor, attendanceId);
    return updateVersioned(tx, ctx, {
      ...attendanceChange(event, "event.attendance.update"),
      before,
      version: data.version,
      write: () =>
        tx.attendance.updateMany({
          where: { id: attendanceId, version: data.version, ...changeableAttendance(actor) },
          data: { women: data.women, men: data.men, version: { increment: 1 } },
        }),
      read: () => tx.attendance.findUnique({ where: { id: attendanceId }, select: ATTENDANCE_SELECT }),
    });
  });
}

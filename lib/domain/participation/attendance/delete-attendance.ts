import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { ATTENDANCE_SELECT, attendanceChange, changeableAttendance, loadAttendance } from "./attendance-rules";

/** Removes an attendance row recorded by mistake; the program's history keeps its counts. */
export async function deleteAttendance(ctx: ActionContext, attendanceId: string, version: unknown) {
  const actor = requirePermission(ctx.actor, "attendance.record");
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const { event, ...before } = await loadAttendance(tx, actor, attendanceId);
    await deleteVersioned(tx, ctx, {
      ...attendanceChange(event, "event.attendance.delete"),
      before,
      version: seen,
      remove: () => tx.attendance.deleteMany({ where: { id: attendanceId, version: seen, ...changeableAttendance(actor) } }),
      read: () => tx.attendance.findUnique({ where: { id: attendanceId }, select: ATTENDANCE_SELECT }),
    });
  });
}

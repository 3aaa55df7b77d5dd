import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/domain/users/schemas";
import { ATTENDANCE_SELECT, attendanceEntry, changeableAttendance, loadAttendance } from "./attendance-rules";

export async function deleteAttendance(ctx: ActionContext, attendanceId: string, version: unknown) {
  const actor = requirePermission(ctx.actor, "attendance.record");
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const { event, ...before } = await loadAttendance(tx, actor, attendanceId);
    await deleteVersioned(tx, ctx, {
      record: "attendance record",
      before,
      version: seen,
      remove: () => tx.attendance.deleteMany({ where: { id: attendanceId, version: seen, ...changeableAttendance(actor) } }),
      read: () => tx.attendance.findUnique({ where: { id: attendanceId }, select: ATTENDANCE_SELECT }),
      audit: { action: "event.attendance.delete", entityType: "CooperationProgram", entityId: event.programId, as: (row) => attendanceEntry(event, row) },
    });
  });
}

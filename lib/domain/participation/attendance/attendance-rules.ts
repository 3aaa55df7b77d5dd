import "server-only";
import { programActWhere, programReadWhere, type Actor } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import type { DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";

export const ATTENDANCE_SELECT = {
  id: true,
  eventId: true,
  constituency: true,
  women: true,
  men: true,
  version: true,
  organisation: { select: { id: true, name: true, acronym: true, kind: true } },
} as const;

export const attendanceFieldError = (field: string, message: string) =>
  new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { [field]: [message] } });

export const civilSociety = (actor: Actor) => actor.role === "CIVIL_SOCIETY";

/** The attendance rows the actor may change, for the writes' own `where`: their organisation's, or any at their country's programs. */
export const changeableAttendance = (actor: Actor): Prisma.AttendanceWhereInput =>
  civilSociety(actor) ? { organisationId: actor.organisationId } : { event: { program: programActWhere(actor) } };

/** How an attendance row appears in the program's history: with the event it was at. */
export const attendanceEntry = (event: { id: string; title: string }, attendance: unknown) => ({ event: { id: event.id, title: event.title }, attendance });

/** The record name and audit entry of a correction or removal of an attendance row at `event`. */
export const attendanceChange = (event: { id: string; programId: string; title: string }, action: string) => ({
  record: "attendanceRecord" as const,
  audit: { action, entityType: "CooperationProgram", entityId: event.programId, as: (row: unknown) => attendanceEntry(event, row) },
});

/**
 * The event, visible to the actor, and the right to record attendance at it: a ministry of the
 * program (or an ADMIN) for anyone; a civil-society user for their own organisation only.
 */
export async function loadEventForAttendance(tx: DbTx, actor: Actor, eventId: string) {
  const event = await tx.event.findFirst({
    where: { id: eventId, program: programReadWhere(actor) },
    select: { id: true, programId: true, title: true, startDate: true },
  });
  if (!event) throw new AppError("NOT_FOUND", "No event with this id is visible to you.");
  if (!civilSociety(actor)) await loadProgramForChange(tx, actor, event.programId, "event.manage");
  return event;
}

/** The attendance row, visible to the actor, which they may correct: their organisation's, or any as a ministry of the program. */
export async function loadAttendance(tx: DbTx, actor: Actor, attendanceId: string) {
  const row = await tx.attendance.findFirst({
    where: { id: attendanceId, event: { program: programReadWhere(actor) } },
    select: { ...ATTENDANCE_SELECT, event: { select: { id: true, programId: true, title: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "No attendance record with this id is visible to you.");
  if (civilSociety(actor)) {
    if (row.organisation?.id !== actor.organisationId) throw new AppError("FORBIDDEN", "You correct your own organisation's attendance only.");
  } else {
    await loadProgramForChange(tx, actor, row.event.programId, "event.manage");
  }
  return row;
}

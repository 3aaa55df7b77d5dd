import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { programActWhere, programReadWhere, requirePermission, type Actor } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db, type DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { ZCreateAttendance, ZUpdateAttendance } from "@/lib/domain/participation/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";
import { ATTENDANCE_SELECT } from "./events";

const fieldError = (field: string, message: string) => new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { [field]: [message] } });

const civilSociety = (actor: Actor) => actor.role === "CIVIL_SOCIETY";

/** The attendance rows the actor may change, for the writes' own `where`: their organisation's, or any at their country's programs. */
const changeable = (actor: Actor): Prisma.AttendanceWhereInput =>
  civilSociety(actor) ? { organisationId: actor.organisationId } : { event: { program: programActWhere(actor) } };

/**
 * The event, visible to the actor, and the right to record attendance at it: a ministry of the
 * program (or an ADMIN) for anyone; a civil-society user for their own organisation only.
 */
async function loadEvent(tx: DbTx, actor: Actor, eventId: string) {
  const event = await tx.event.findFirst({
    where: { id: eventId, program: programReadWhere(actor) },
    select: { id: true, programId: true, title: true, startDate: true },
  });
  if (!event) throw new AppError("NOT_FOUND", "No event with this id is visible to you.");
  if (!civilSociety(actor)) await loadProgramForChange(tx, actor, event.programId, "event.manage");
  return event;
}

/**
 * Records how many women and men of one organisation and constituency attended an event. The
 * organisations of an event are the program's participants: attendance is for one of them, or,
 * recorded by a ministry, for people of no organisation. Each organisation and constituency has one
 * row per event; a correction changes the counts.
 */
export async function recordAttendance(ctx: ActionContext, eventId: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "attendance.record");
  const data = ZCreateAttendance.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const event = await loadEvent(tx, actor, eventId);
      if (event.startDate.toISOString().slice(0, 10) > todayUtc()) throw new AppError("CONFLICT", "This event has not taken place yet. Attendance is recorded once it has.");
      let organisationId = data.organisationId ?? null;
      if (civilSociety(actor)) {
        if (organisationId && organisationId !== actor.organisationId) {
          throw new AppError("FORBIDDEN", "You record your own organisation's attendance only. The program's ministries record the others.");
        }
        organisationId = actor.organisationId;
      }
      if (organisationId) {
        const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
        if (!organisation) throw fieldError("organisationId", "There is no organisation with this id. Choose one from the list.");
        if (!(await tx.participant.count({ where: { programId: event.programId, organisationId } }))) {
          throw fieldError(
            "organisationId",
            civilSociety(actor)
              ? "Your organisation does not take part in this program, so it has no place at its events. Ask to take part first."
              : `${organisation.name} does not take part in this program. Add it to the participants first.`,
          );
        }
      }
      if (await tx.attendance.count({ where: { eventId, organisationId, constituency: data.constituency } })) {
        throw fieldError("constituency", "Attendance for this organisation and constituency is already recorded. Correct its counts instead.");
      }
      const created = await tx.attendance.create({
        data: { eventId, organisationId, constituency: data.constituency, women: data.women, men: data.men },
        select: ATTENDANCE_SELECT,
      });
      await auditOnProgram(tx, ctx, event.programId, "event.attendance.record", { after: { event: { id: event.id, title: event.title }, attendance: created } });
      return created;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw fieldError("constituency", "Attendance for this organisation and constituency is already recorded. Correct its counts instead.");
    throw error;
  }
}

async function loadAttendance(tx: DbTx, actor: Actor, attendanceId: string) {
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

export async function updateAttendance(ctx: ActionContext, attendanceId: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "attendance.record");
  const data = ZUpdateAttendance.parse(input);
  return db().$transaction(async (tx) => {
    const { event, ...before } = await loadAttendance(tx, actor, attendanceId);
    const { count } = await tx.attendance.updateMany({
      where: { id: attendanceId, version: data.version, ...changeable(actor) },
      data: { women: data.women, men: data.men, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord("attendance record", data.version, before.version);
    const after = await tx.attendance.findUniqueOrThrow({ where: { id: attendanceId }, select: ATTENDANCE_SELECT });
    await auditOnProgram(tx, ctx, event.programId, "event.attendance.update", {
      before: { event: { id: event.id, title: event.title }, attendance: before },
      after: { event: { id: event.id, title: event.title }, attendance: after },
    });
    return after;
  });
}

export async function deleteAttendance(ctx: ActionContext, attendanceId: string, version: unknown) {
  const actor = requirePermission(ctx.actor, "attendance.record");
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const { event, ...before } = await loadAttendance(tx, actor, attendanceId);
    const { count } = await tx.attendance.deleteMany({ where: { id: attendanceId, version: seen, ...changeable(actor) } });
    if (count === 0) throw staleRecord("attendance record", seen, before.version);
    await auditOnProgram(tx, ctx, event.programId, "event.attendance.delete", { before: { event: { id: event.id, title: event.title }, attendance: before } });
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { requirePermission, type Actor } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { ZCreateAttendance } from "@/lib/domain/participation/schemas";
import { ATTENDANCE_SELECT, attendanceEntry, attendanceFieldError, civilSociety, loadEventForAttendance } from "./attendance-rules";
import { problem } from "@/lib/platform/i18n/problem";

const ALREADY_RECORDED = problem("ParticipationProblems.alreadyRecorded");

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
      const event = await loadEventForAttendance(tx, actor, eventId);
      if (event.startDate.toISOString().slice(0, 10) > todayUtc()) throw new AppError("CONFLICT", problem("ParticipationProblems.notYetHeld"));
      const organisationId = await attendingOrganisation(tx, actor, event.programId, data.organisationId ?? null);
      if (await tx.attendance.count({ where: { eventId, organisationId, constituency: data.constituency } })) {
        throw attendanceFieldError("constituency", ALREADY_RECORDED);
      }
      const created = await tx.attendance.create({
        data: { eventId, organisationId, constituency: data.constituency, women: data.women, men: data.men },
        select: ATTENDANCE_SELECT,
      });
      await auditOnProgram(tx, ctx, event.programId, "event.attendance.record", { after: attendanceEntry(event, created) });
      return created;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw attendanceFieldError("constituency", ALREADY_RECORDED);
    throw error;
  }
}

/**
 * The organisation the attendance is for: a civil-society user's own, whatever the form said of
 * another; otherwise the one chosen, which must take part in the program, or none.
 */
async function attendingOrganisation(tx: DbTx, actor: Actor, programId: string, chosen: string | null) {
  let organisationId = chosen;
  if (civilSociety(actor)) {
    if (organisationId && organisationId !== actor.organisationId) {
      throw new AppError("FORBIDDEN", problem("ParticipationProblems.ownAttendanceOnly"));
    }
    organisationId = actor.organisationId;
  }
  if (!organisationId) return null;
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  if (!organisation) throw attendanceFieldError("organisationId", problem("ChoiceProblems.noOrganisation"));
  if (!(await tx.participant.count({ where: { programId, organisationId } }))) {
    throw attendanceFieldError(
      "organisationId",
      civilSociety(actor)
        ? problem("ParticipationProblems.notParticipantSelf")
        : `${organisation.name} does not take part in this program. Add it to the participants first.`,
    );
  }
  return organisationId;
}

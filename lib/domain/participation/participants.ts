import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { programActWhere } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZAddParticipant } from "@/lib/domain/programs/schemas";
import { loadEditable } from "../programs/program-edit-rules";

const PARTICIPANT_SELECT = {
  id: true,
  programId: true,
  role: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, acronym: true, countryCode: true, kind: true } },
} as const;

function duplicate(role: string) {
  return new AppError("INVALID_INPUT", "Some fields need attention.", {
    fieldErrors: { role: [`This organisation already takes part in the program as ${role}. Each organisation holds each role once.`] },
  });
}

/**
 * Adds an organisation to a program in a role. Each organisation holds each role at most once.
 * The program's history records the addition.
 */
export async function addParticipant(ctx: ActionContext, programId: string, input: unknown) {
  try {
    return await db().$transaction(async (tx) => {
      await loadProgramForChange(tx, ctx.actor, programId);
      const data = ZAddParticipant.parse(input);
      const organisation = await tx.organisation.count({ where: { id: data.organisationId } });
      if (!organisation) {
        throw new AppError("INVALID_INPUT", "Some fields need attention.", {
          fieldErrors: { organisationId: ["There is no organisation with this id. Choose one from the list."] },
        });
      }
      const taken = await tx.participant.count({ where: { programId, organisationId: data.organisationId, role: data.role } });
      if (taken) throw duplicate(data.role);
      const participant = await tx.participant.create({ data: { programId, ...data }, select: PARTICIPANT_SELECT });
      await recordAuditEvent(tx, ctx, {
        action: "program.participant.add",
        entityType: "CooperationProgram",
        entityId: programId,
        after: { participant: { id: participant.id, organisationId: data.organisationId, organisation: participant.organisation.name, role: data.role } },
      });
      return participant;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw duplicate(String((input as { role?: unknown })?.role ?? "this role"));
    throw error;
  }
}

/**
 * Removes a participant. A program keeps at least one ACCOUNTABLE organisation, and a financial
 * assistance program's funder is changed on the program itself.
 */
export async function removeParticipant(ctx: ActionContext, programId: string, participantId: string) {
  return db().$transaction(async (tx) => {
    const { actor, before: program } = await loadEditable(tx, ctx.actor, programId);
    const participant = await tx.participant.findFirst({ where: { id: participantId, programId }, select: PARTICIPANT_SELECT });
    if (!participant) throw new AppError("NOT_FOUND", "This participant is no longer part of the program.");
    if (participant.role === "FUNDER" && program.type === "FINANCIAL_ASSISTANCE" && participant.organisation.id === program.funderId) {
      throw new AppError("CONFLICT", "This organisation is the program's funder. Choose another funder on the program itself to replace it.");
    }
    if (participant.role === "ACCOUNTABLE" && (await tx.participant.count({ where: { programId, role: "ACCOUNTABLE" } })) === 1) {
      throw new AppError("CONFLICT", "A program needs at least one accountable organisation. Add another before removing this one.");
    }
    const { count } = await tx.participant.deleteMany({ where: { id: participantId, program: programActWhere(actor) } });
    if (count === 0) throw new AppError("NOT_FOUND", "This participant is no longer part of the program.");
    await recordAuditEvent(tx, ctx, {
      action: "program.participant.remove",
      entityType: "CooperationProgram",
      entityId: programId,
      before: {
        participant: { id: participant.id, organisationId: participant.organisation.id, organisation: participant.organisation.name, role: participant.role },
      },
    });
    return participant;
  });
}

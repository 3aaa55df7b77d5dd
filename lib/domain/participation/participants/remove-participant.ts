import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { loadEditable } from "@/lib/domain/programs/program-edit-rules";
import { PARTICIPANT_SELECT } from "./participant-rules";

/**
 * Removes a participant. A program keeps at least one ACCOUNTABLE organisation, and a financial
 * assistance program's funder is changed on the program itself. A participant carries no version:
 * it is added or removed, never edited.
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

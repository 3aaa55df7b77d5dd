import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { loadEditable } from "@/lib/domain/programs/program-edit-rules";
import { PARTICIPANT_SELECT } from "./participant-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Removes a participant. A program keeps at least one ACCOUNTABLE organisation, and a financial
 * assistance program's funder is changed on the program itself. A participant carries no version:
 * it is added or removed, never edited.
 */
export async function removeParticipant(ctx: ActionContext, programId: string, participantId: string) {
  return db().$transaction(async (tx) => {
    const { actor, before: program } = await loadEditable(tx, ctx.actor, programId);
    const participant = await tx.participant.findFirst({ where: { id: participantId, programId }, select: PARTICIPANT_SELECT });
    if (!participant) throw new AppError("NOT_FOUND", problem("ParticipationProblems.participantGone"));
    if (participant.role === "FUNDER" && program.type === "FINANCIAL_ASSISTANCE" && participant.organisation.id === program.funderId) {
      throw new AppError("CONFLICT", problem("ParticipationProblems.funderStays"));
    }
    if (participant.role === "ACCOUNTABLE" && (await tx.participant.count({ where: { programId, role: "ACCOUNTABLE" } })) === 1) {
      throw new AppError("CONFLICT", problem("ParticipationProblems.accountableNeeded"));
    }
    const { count } = await tx.participant.deleteMany({ where: { id: participantId, program: programActWhere(actor) } });
    if (count === 0) throw new AppError("NOT_FOUND", problem("ParticipationProblems.participantGone"));
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

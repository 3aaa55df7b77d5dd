import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZAddParticipant } from "@/lib/domain/participation/schemas";
import { duplicateParticipant, PARTICIPANT_SELECT } from "./participant-rules";
import { problem } from "@/lib/platform/i18n/problem";

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
        throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
          fieldErrors: { organisationId: [problem("ChoiceProblems.noOrganisation")] },
        });
      }
      const taken = await tx.participant.count({ where: { programId, organisationId: data.organisationId, role: data.role } });
      if (taken) throw duplicateParticipant(data.role);
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
    if (uniqueViolation(error)) throw duplicateParticipant(String((input as { role?: unknown })?.role ?? "this role"));
    throw error;
  }
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { notify } from "@/lib/domain/notifications/notify";
import { FINISHED_STATUSES } from "@/lib/domain/programs/program-lifecycle";
import { ZParticipationRequest } from "@/lib/domain/participation/schemas";
import { REQUEST_SELECT, requestFieldError, requestSnapshot, type ParticipationRequestView } from "./request-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * A civil-society user asks, for their organisation, to take part in a published program as
 * CONSULTED or MONITOR. A draft, closed or cancelled program takes no requests, and an organisation
 * already in that role, or already waiting for an answer, cannot ask again. The users of the ministry
 * that reports the program are told: they decide.
 */
export async function submitRequest(ctx: ActionContext, programId: string, input: unknown): Promise<ParticipationRequestView> {
  const actor = requirePermission(ctx.actor, "participation.request");
  const data = ZParticipationRequest.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const program = await loadProgramForRead(tx, actor, programId);
      if (program.visibility !== "PUBLISHED") throw new AppError("CONFLICT", problem("ParticipationProblems.programDraft"));
      if ((FINISHED_STATUSES as readonly string[]).includes(program.status)) {
        throw new AppError("CONFLICT", problem("ParticipationProblems.programFinished"));
      }
      if (await tx.participant.count({ where: { programId, organisationId: actor.organisationId, role: data.role } })) {
        throw requestFieldError("role", problem("ParticipationProblems.alreadyTakesPart", { role: data.role }));
      }
      if (await tx.participationRequest.count({ where: { programId, organisationId: actor.organisationId, role: data.role, status: "PENDING" } })) {
        throw pendingAlready(data.role);
      }
      const created = await tx.participationRequest.create({
        data: { programId, organisationId: actor.organisationId, role: data.role, message: data.message ?? "", requestedById: actor.id },
        select: REQUEST_SELECT,
      });
      await auditOnProgram(tx, ctx, programId, "participation.request", { after: requestSnapshot(created) });
      const { title } = await tx.cooperationProgram.findUniqueOrThrow({ where: { id: programId }, select: { title: true } });
      const message = data.message ?? "";
      await notify(
        tx,
        { organisationId: program.reportingOrganisation.id, role: "GOVERNMENT" },
        {
          kind: "PARTICIPATION_REQUEST",
          messageKey: "participationRequested",
          messageValues: { organisation: actor.organisationName, author: actor.name, program: title, role: data.role, excerpt: message.length > 300 ? `${message.slice(0, 299)}…` : message },
          link: `/programs/${programId}?tab=participants`,
          dedupeKey: `participation-request:${created.id}`,
        },
        { exceptUserId: actor.id },
      );
      return created;
    });
  } catch (error) {
    // Two requests sent at the same moment: the partial unique index lets only one be pending.
    if (uniqueViolation(error)) throw pendingAlready(data.role);
    throw error;
  }
}

function pendingAlready(role: string) {
  return requestFieldError("role", problem("ParticipationProblems.alreadyAsked", { role }));
}

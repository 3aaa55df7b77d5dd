import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZAssignReporter } from "@/lib/domain/programs/schemas";
import { loadProgramRecord, staleProgram } from "./program-edit-rules";
import { problem } from "@/lib/platform/i18n/problem";

const REPORTER_SELECT = { version: true, reportingOrganisation: { select: { id: true, name: true, countryCode: true } } } as const;

/**
 * Moves a program to another reporting organisation, whose country's ministries then change it in
 * place of the previous one's. An administrator's act, from the version they saw, with the move
 * and its reason in the program's history.
 */
export async function assignReportingOrganisation(ctx: ActionContext, programId: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "program.assignReporter");
  return db().$transaction(async (tx) => {
    await loadProgramForRead(tx, actor, programId);
    const data = ZAssignReporter.parse(input);
    const organisation = await tx.organisation.findUnique({ where: { id: data.reportingOrganisationId }, select: { id: true, name: true, countryCode: true } });
    if (!organisation) {
      throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
        fieldErrors: { reportingOrganisationId: [problem("ChoiceProblems.noOrganisation")] },
      });
    }
    const before = await tx.cooperationProgram.findUniqueOrThrow({ where: { id: programId }, select: REPORTER_SELECT });
    const reason = data.reason && { reason: data.reason };
    const after = await updateVersioned(tx, ctx, {
      record: "program",
      before,
      version: data.version,
      write: () =>
        tx.cooperationProgram.updateMany({
          where: { id: programId, version: data.version },
          data: { reportingOrganisationId: organisation.id, version: { increment: 1 } },
        }),
      read: () => tx.cooperationProgram.findUnique({ where: { id: programId }, select: REPORTER_SELECT }),
      stale: async () => staleProgram(tx, await loadProgramRecord(tx, programId), data.version),
      audit: {
        action: "program.reporting-organisation",
        entityType: "CooperationProgram",
        entityId: programId,
        as: ({ reportingOrganisation }, when) => (when === "after" ? { reportingOrganisation, ...reason } : { reportingOrganisation }),
      },
    });
    return { id: programId, version: after.version, reportingOrganisation: after.reportingOrganisation };
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZAssignReporter } from "@/lib/domain/programs/schemas";
import { programChangesSince } from "./changes-since";
import { PROGRAM_RECORD_SELECT, toProgramRecord } from "./program-record";

/**
 * Moves a program to another reporting organisation, whose country's ministries then change it in
 * place of the previous one's. An administrator's act, from the version they saw, with the move
 * and its reason in the program's history.
 */
export async function assignReportingOrganisation(ctx: ActionContext, programId: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "program.assignReporter");
  return db().$transaction(async (tx) => {
    const program = await loadProgramForRead(tx, actor, programId);
    const data = ZAssignReporter.parse(input);
    const organisation = await tx.organisation.findUnique({ where: { id: data.reportingOrganisationId }, select: { id: true, name: true, countryCode: true } });
    if (!organisation) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fieldErrors: { reportingOrganisationId: ["There is no organisation with this id. Choose one from the list."] },
      });
    }
    const { count } = await tx.cooperationProgram.updateMany({
      where: { id: programId, version: data.version },
      data: { reportingOrganisationId: organisation.id, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = toProgramRecord(await tx.cooperationProgram.findUniqueOrThrow({ where: { id: programId }, select: PROGRAM_RECORD_SELECT }));
      throw new AppError("STALE_VERSION", `Someone else changed this program since you opened it (it is now version ${current.version}). Nothing was saved.`, {
        stale: await programChangesSince(tx, current, data.version),
      });
    }
    const before = program.reportingOrganisation;
    await recordAuditEvent(tx, ctx, {
      action: "program.reporting-organisation",
      entityType: "CooperationProgram",
      entityId: programId,
      before: { reportingOrganisation: before },
      after: { reportingOrganisation: organisation, ...(data.reason && { reason: data.reason }) },
    });
    return { id: programId, version: data.version + 1, reportingOrganisation: organisation };
  });
}

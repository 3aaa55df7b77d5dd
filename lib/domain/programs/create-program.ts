import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission, type Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { programSchema, ZProgramReporter } from "@/lib/domain/programs/schemas";
import { PROGRAM_RECORD_SELECT, toProgramRecord, type ProgramRecord } from "./program-record";
import { assertProgramAcceptable, DUPLICATE_IDENTIFIER, programColumns } from "./program-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Registers a program. ADMIN may create one for any agreement and names its reporting
 * organisation; a GOVERNMENT user only for an agreement their country is party to, and their
 * organisation reports it (and is its ACCOUNTABLE participant). A financial assistance program's
 * funder is recorded as its FUNDER participant.
 */
export async function createProgram(ctx: ActionContext, input: unknown): Promise<ProgramRecord> {
  const actor = requirePermission(ctx.actor, "program.create");
  const data = programSchema().parse(input);
  const { reportingOrganisationId: named } = ZProgramReporter.parse(input);

  try {
    return await db().$transaction(async (tx) => {
      await assertProgramAcceptable(tx, actor, data);
      const reportingOrganisationId = await reporterFor(tx, actor, named);
      const participants: { organisationId: string; role: "ACCOUNTABLE" | "FUNDER" }[] = [];
      if (actor.role === "GOVERNMENT") participants.push({ organisationId: actor.organisationId, role: "ACCOUNTABLE" });
      if (data.type === "FINANCIAL_ASSISTANCE") participants.push({ organisationId: data.funderId, role: "FUNDER" });

      const created = await tx.cooperationProgram.create({
        data: {
          ...programColumns(data),
          reportingOrganisationId,
          publishedAt: data.visibility === "PUBLISHED" ? new Date() : null,
          beneficiaries: { create: data.beneficiaryCountries.map((countryCode) => ({ countryCode })) },
          provisions: { create: data.provisionIds.map((provisionId) => ({ provisionId })) },
          participants: { create: participants },
        },
        select: PROGRAM_RECORD_SELECT,
      });
      const after = toProgramRecord(created);
      await recordAuditEvent(tx, ctx, {
        action: "program.create",
        entityType: "CooperationProgram",
        entityId: created.id,
        after: { ...after, reportingOrganisationId, participants },
      });
      return after;
    });
  } catch (error) {
    if (uniqueViolation(error)?.on.includes("identifier")) {
      throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { identifier: [DUPLICATE_IDENTIFIER] } });
    }
    throw error;
  }
}

/** The organisation that reports a new program: the ministry registering it, or the one an administrator names. */
async function reporterFor(tx: DbTx, actor: Actor, named: string | undefined): Promise<string> {
  const refuse = (message: string) => new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { reportingOrganisationId: [message] } });
  if (actor.role !== "ADMIN") {
    if (named && named !== actor.organisationId) {
      throw refuse(problem("ProgramProblems.ministryReports"));
    }
    return actor.organisationId;
  }
  if (!named) throw refuse(problem("ProgramProblems.noOwnMinistry"));
  if (!(await tx.organisation.count({ where: { id: named } }))) throw refuse(problem("ChoiceProblems.noOrganisation"));
  return named;
}

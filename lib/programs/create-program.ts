import "server-only";
import type { ActionContext } from "@/lib/audit/action-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { ZCreateProgram } from "@/lib/validation/programs";
import { PROGRAM_RECORD_SELECT, toProgramRecord, type ProgramRecord } from "./program-record";
import { assertProgramAcceptable, DUPLICATE_IDENTIFIER, programColumns } from "./program-rules";

/**
 * Registers a program. ADMIN may create one for any agreement; a GOVERNMENT user only for an
 * agreement their country is party to, and their organisation becomes its ACCOUNTABLE participant
 * so that the program stays within their scope. A financial assistance program's funder is recorded
 * as its FUNDER participant.
 */
export async function createProgram(ctx: ActionContext, input: unknown): Promise<ProgramRecord> {
  const { actor } = ctx;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to register programs.");
  if (!can(actor, "program.create")) {
    throw new AppError("FORBIDDEN", "Only administrators and ministry staff register cooperation programs.");
  }
  const data = ZCreateProgram.parse(input);

  try {
    return await db().$transaction(async (tx) => {
      await assertProgramAcceptable(tx, actor, data);
      const participants: { organisationId: string; role: "ACCOUNTABLE" | "FUNDER" }[] = [];
      if (actor.role === "GOVERNMENT") participants.push({ organisationId: actor.organisationId, role: "ACCOUNTABLE" });
      if (data.type === "FINANCIAL_ASSISTANCE") participants.push({ organisationId: data.funderId, role: "FUNDER" });

      const created = await tx.cooperationProgram.create({
        data: {
          ...programColumns(data),
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
        after: { ...after, participants },
      });
      return after;
    });
  } catch (error) {
    if (uniqueViolation(error)?.on.includes("identifier")) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { identifier: [DUPLICATE_IDENTIFIER] } });
    }
    throw error;
  }
}

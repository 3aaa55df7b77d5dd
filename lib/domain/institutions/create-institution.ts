import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { can } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZCreateInstitution } from "@/lib/domain/agreements/schemas";
import {
  INSTITUTION_SELECT,
  assertInstitutionAcceptable,
  assertMayManageInstitution,
  duplicateContactPointFromDatabase,
  institutionColumns,
  partiesOf,
} from "./institution-rules";
import { problem } from "@/lib/platform/i18n/problem";

/** Records an institution an agreement created (ADMIN; GOVERNMENT for their own contact point). */
export async function createInstitution(ctx: ActionContext, input: unknown) {
  if (!can(ctx.actor, "institution.manage") && !can(ctx.actor, "contactPoint.manage")) {
    throw new AppError("FORBIDDEN", problem("InstitutionProblem.manage"));
  }
  const { agreementId, ...fields } = ZCreateInstitution.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const parties = await partiesOf(tx, agreementId);
      const candidate = { agreementId, ...fields };
      assertMayManageInstitution(ctx.actor, candidate, parties);
      await assertInstitutionAcceptable(tx, candidate, parties);
      const created = await tx.institution.create({ data: { agreementId, ...institutionColumns(fields) }, select: INSTITUTION_SELECT });
      await recordAuditEvent(tx, ctx, { action: "institution.create", entityType: "Institution", entityId: created.id, after: created });
      return created;
    });
  } catch (error) {
    throw duplicateContactPointFromDatabase(error) ?? error;
  }
}

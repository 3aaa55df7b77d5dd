import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { can } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZUpdateInstitution } from "@/lib/domain/agreements/schemas";
import {
  INSTITUTION_SELECT,
  assertInstitutionAcceptable,
  assertMayManageInstitution,
  duplicateContactPointFromDatabase,
  institutionColumns,
  partiesOf,
} from "./institution-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Edits an institution, starting from `version`. A GOVERNMENT user may edit only their own
 * country's contact point, and it must stay so.
 */
export async function updateInstitution(ctx: ActionContext, id: string, input: unknown) {
  if (!can(ctx.actor, "institution.manage") && !can(ctx.actor, "contactPoint.manage")) {
    throw new AppError("FORBIDDEN", problem("InstitutionProblem.manage"));
  }
  const { version, ...fields } = ZUpdateInstitution.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.institution.findUnique({ where: { id }, select: INSTITUTION_SELECT });
      if (!before) throw new AppError("NOT_FOUND", problem("InstitutionProblem.notFound"));
      const parties = await partiesOf(tx, before.agreementId);
      assertMayManageInstitution(ctx.actor, { agreementId: before.agreementId, kind: before.kind, countryCode: before.countryCode ?? undefined }, parties);
      const candidate = { agreementId: before.agreementId, ...fields };
      assertMayManageInstitution(ctx.actor, candidate, parties);
      await assertInstitutionAcceptable(tx, candidate, parties, id);
      return updateVersioned(tx, ctx, {
        record: "institution",
        before,
        version,
        write: () => tx.institution.updateMany({ where: { id, version }, data: { ...institutionColumns(fields), version: { increment: 1 } } }),
        read: () => tx.institution.findUnique({ where: { id }, select: INSTITUTION_SELECT }),
        audit: { action: "institution.update", entityType: "Institution", entityId: id },
      });
    });
  } catch (error) {
    throw duplicateContactPointFromDatabase(error) ?? error;
  }
}

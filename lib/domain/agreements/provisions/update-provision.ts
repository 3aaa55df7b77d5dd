import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZUpdateProvision } from "@/lib/domain/agreements/schemas";
import { PROVISION_SELECT, assertMayManageProvisions, assertProvisionUnique, duplicateProvisionFromDatabase } from "./provision-rules";
import { problem } from "@/lib/platform/i18n/problem";

/** Edits a labour provision, starting from `version` (ADMIN, or GOVERNMENT of a party country). */
export async function updateProvision(ctx: ActionContext, id: string, input: unknown) {
  requirePermission(ctx.actor, "provision.manage");
  const { version, ...fields } = ZUpdateProvision.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.labourProvision.findUnique({ where: { id }, select: PROVISION_SELECT });
      if (!before) throw new AppError("NOT_FOUND", problem("ProvisionProblem.notFound"));
      await assertMayManageProvisions(tx, ctx.actor, before.agreementId);
      await assertProvisionUnique(tx, { agreementId: before.agreementId, ...fields }, id);
      return updateVersioned(tx, ctx, {
        record: "provision",
        before,
        version,
        write: () => tx.labourProvision.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }),
        read: () => tx.labourProvision.findUnique({ where: { id }, select: PROVISION_SELECT }),
        audit: { action: "provision.update", entityType: "LabourProvision", entityId: id },
      });
    });
  } catch (error) {
    throw duplicateProvisionFromDatabase(error) ?? error;
  }
}

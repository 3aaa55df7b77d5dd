import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZUpdateProvision } from "@/lib/domain/agreements/schemas";
import { PROVISION_SELECT, assertMayManageProvisions, assertProvisionUnique, duplicateProvisionFromDatabase } from "./provision-rules";

/** Edits a labour provision, starting from `version` (ADMIN, or GOVERNMENT of a party country). */
export async function updateProvision(ctx: ActionContext, id: string, input: unknown) {
  requirePermission(ctx.actor, "provision.manage");
  const { version, ...fields } = ZUpdateProvision.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.labourProvision.findUnique({ where: { id }, select: PROVISION_SELECT });
      if (!before) throw new AppError("NOT_FOUND", "There is no provision with this id.");
      await assertMayManageProvisions(tx, ctx.actor, before.agreementId);
      await assertProvisionUnique(tx, { agreementId: before.agreementId, ...fields }, id);
      const { count } = await tx.labourProvision.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
      if (count === 0) {
        throw new AppError(
          "STALE_VERSION",
          `Someone else changed this provision since you opened it (you edited version ${version}, it is now version ${before.version}). Reload it and apply your changes again.`,
        );
      }
      const after = await tx.labourProvision.findUniqueOrThrow({ where: { id }, select: PROVISION_SELECT });
      await recordAuditEvent(tx, ctx, { action: "provision.update", entityType: "LabourProvision", entityId: id, before, after });
      return after;
    });
  } catch (error) {
    throw duplicateProvisionFromDatabase(error) ?? error;
  }
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZCreateProvision } from "@/lib/domain/agreements/schemas";
import { PROVISION_SELECT, assertMayManageProvisions, assertProvisionUnique, duplicateProvisionFromDatabase } from "./provision-rules";

/** Adds a labour provision to an agreement (ADMIN, or GOVERNMENT of a party country). */
export async function createProvision(ctx: ActionContext, input: unknown) {
  requirePermission(ctx.actor, "provision.manage");
  const data = ZCreateProvision.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      await assertMayManageProvisions(tx, ctx.actor, data.agreementId);
      await assertProvisionUnique(tx, data);
      const created = await tx.labourProvision.create({ data, select: PROVISION_SELECT });
      await recordAuditEvent(tx, ctx, { action: "provision.create", entityType: "LabourProvision", entityId: created.id, after: created });
      return created;
    });
  } catch (error) {
    throw duplicateProvisionFromDatabase(error) ?? error;
  }
}

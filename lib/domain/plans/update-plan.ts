import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZUpdatePlan } from "@/lib/domain/plans/schemas";
import { loadPlanForEdit, planRecord, type PlanRecord } from "./plan-record";
import { assertPlanAcceptable, planColumns } from "./plan-rules";

export async function updatePlan(ctx: ActionContext, planId: string, input: unknown): Promise<PlanRecord> {
  const actor = requirePermission(ctx.actor, "plan.create");
  const { version, ...data } = ZUpdatePlan.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadPlanForEdit(tx, actor, planId);
    return updateVersioned(tx, ctx, {
      record: "plan",
      before,
      version,
      write: async () => {
        // Checked once the version is: a stale edit is refused first, the plan it was based on is gone.
        await assertPlanAcceptable(tx, actor, data);
        return tx.plan.updateMany({ where: { id: planId, version }, data: { ...planColumns(data), version: { increment: 1 } } });
      },
      read: () => planRecord(tx)({ id: planId }),
      audit: { action: "plan.update", entityType: "Plan", entityId: planId },
    });
  });
}

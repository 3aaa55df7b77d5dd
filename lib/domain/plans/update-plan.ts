import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { ZUpdatePlan } from "@/lib/domain/plans/schemas";
import { PLAN_RECORD_SELECT, auditOnPlan, loadPlanForEdit, type PlanRecord } from "./plan-record";
import { assertPlanAcceptable, planColumns } from "./plan-rules";

export async function updatePlan(ctx: ActionContext, planId: string, input: unknown): Promise<PlanRecord> {
  const actor = requirePermission(ctx.actor, "plan.create");
  const { version, ...data } = ZUpdatePlan.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadPlanForEdit(tx, actor, planId);
    if (before.version !== version) throw staleRecord("plan", version, before.version);
    await assertPlanAcceptable(tx, actor, data);
    const { count } = await tx.plan.updateMany({ where: { id: planId, version }, data: { ...planColumns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("plan", version, before.version + 1);
    const after = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: PLAN_RECORD_SELECT });
    await auditOnPlan(tx, ctx, planId, "plan.update", { before, after });
    return after;
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { follow } from "@/lib/domain/notifications/follow";
import { ZCreatePlan } from "@/lib/domain/plans/schemas";
import { PLAN_RECORD_SELECT, auditOnPlan, type PlanRecord } from "./plan-record";
import { assertPlanAcceptable, planColumns } from "./plan-rules";

/** A ministry drafts a plan for its country; its author follows it. */
export async function createPlan(ctx: ActionContext, input: unknown): Promise<PlanRecord> {
  const actor = requirePermission(ctx.actor, "plan.create");
  const data = ZCreatePlan.parse(input);
  return db().$transaction(async (tx) => {
    await assertPlanAcceptable(tx, actor, data);
    const plan = await tx.plan.create({ data: { ...planColumns(data), createdById: actor.id }, select: PLAN_RECORD_SELECT });
    await follow(tx, actor.id, { entityType: "Plan", entityId: plan.id });
    await auditOnPlan(tx, ctx, plan.id, "plan.create", { after: plan });
    return plan;
  });
}

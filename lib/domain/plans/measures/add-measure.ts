import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZCreateMeasure } from "@/lib/domain/plans/schemas";
import { auditOnPlan, loadPlanForEdit } from "../plan-record";
import { MEASURE_SELECT, measureColumns } from "./measure-record";
import { assertMeasureAcceptable } from "./measure-rules";

/** Adds a measure to a plan its ministry is still drafting (or changing on request). */
export async function addMeasure(ctx: ActionContext, planId: string, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const data = ZCreateMeasure.parse(input);
  return db().$transaction(async (tx) => {
    const plan = await loadPlanForEdit(tx, actor, planId);
    await assertMeasureAcceptable(tx, plan.agreementId, data);
    const created = await tx.measure.create({ data: { planId, ...measureColumns(data) }, select: MEASURE_SELECT });
    await auditOnPlan(tx, ctx, planId, "measure.create", { after: { measure: created } });
    return created;
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZUpdateMeasure } from "@/lib/domain/plans/schemas";
import { loadPlanForEdit } from "../plan-record";
import { loadMeasure, measureChange, measureColumns } from "./measure-record";
import { assertMeasureAcceptable } from "./measure-rules";

/** Changes a measure of a plan its ministry is still drafting (or changing on request), starting from `version`. */
export async function updateMeasure(ctx: ActionContext, measureId: string, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const { version, ...data } = ZUpdateMeasure.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    const plan = await loadPlanForEdit(tx, actor, before.planId);
    await assertMeasureAcceptable(tx, plan.agreementId, data);
    return updateVersioned(tx, ctx, {
      ...measureChange(tx, before, "measure.update"),
      version,
      write: () => tx.measure.updateMany({ where: { id: measureId, version }, data: { ...measureColumns(data), version: { increment: 1 } } }),
    });
  });
}

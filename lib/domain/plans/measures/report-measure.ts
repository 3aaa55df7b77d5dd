import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requireSignedIn } from "@/lib/platform/authz";
import { loadPlanForRead } from "@/lib/platform/authz/load-plan";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZMeasureProgress } from "@/lib/domain/plans/schemas";
import { planRecord } from "../plan-record";
import { loadMeasure, measureChange } from "./measure-record";
import { reportsOn } from "./measure-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Reports what came of a measure while the plan is carried out. A new status withdraws an earlier
 * verification: the analyst verifies the status as it now stands.
 */
export async function reportMeasure(ctx: ActionContext, measureId: string, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const { version, status } = ZMeasureProgress.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    if (!(await reportsOn(tx, actor, before))) throw new AppError("FORBIDDEN", problem("PlanProblems.reportWho"));
    const plan = await loadPlanForRead(actor, before.planId, planRecord(tx));
    if (plan.status !== "IN_PROGRESS") throw new AppError("CONFLICT", problem("PlanProblems.reportInProgress"));
    const changed = status !== before.status;
    return updateVersioned(tx, ctx, {
      ...measureChange(tx, before, "measure.report"),
      version,
      write: () =>
        tx.measure.updateMany({
          where: { id: measureId, version },
          data: { status, ...(changed && { verifiedById: null, verifiedAt: null }), version: { increment: 1 } },
        }),
    });
  });
}

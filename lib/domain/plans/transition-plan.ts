import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requireSignedIn } from "@/lib/platform/authz";
import { loadPlanForRead } from "@/lib/platform/authz/load-plan";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { notify } from "@/lib/domain/notifications/notify";
import { ZPlanTransition } from "@/lib/domain/plans/schemas";
import { planRecord, type PlanRecord } from "./plan-record";
import { move } from "./plan-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Moves a plan along its workflow: submit or resubmit (its ministry), take it up for review (an
 * analyst), start carrying it out and report it complete (its ministry), close it (an analyst).
 * Completing needs an outcome for every measure. Submitting tells the analysts.
 */
export async function transitionPlan(ctx: ActionContext, planId: string, input: unknown): Promise<PlanRecord> {
  const actor = requireSignedIn(ctx.actor);
  const { version, to, comment } = ZPlanTransition.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadPlanForRead(actor, planId, planRecord(tx));
    if (to === "SUBMITTED" && !(await tx.measure.count({ where: { planId } }))) {
      throw new AppError("CONFLICT", problem("PlanProblems.needsMeasure"));
    }
    if (to === "COMPLETED") {
      const open = await tx.measure.count({ where: { planId, status: "SCHEDULED" } });
      if (open) throw new AppError("CONFLICT", problem("PlanProblems.measuresScheduled", { open }));
    }
    const after = await move(tx, { ...ctx, actor }, before, to, version, "transition", { action: "plan.transition", recorded: { comment: comment ?? null } });
    if (to === "SUBMITTED") {
      await notify(
        tx,
        { analysts: true },
        { kind: "PLAN_SUBMITTED", messageKey: "planSubmitted", messageValues: { plan: after.title, comment: comment ?? "" }, link: `/plans/${planId}`, dedupeKey: `plan-submitted:${planId}:${after.version}` },
        { exceptUserId: actor.id },
      );
    }
    return after;
  });
}

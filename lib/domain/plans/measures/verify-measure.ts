import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission, requireSignedIn } from "@/lib/platform/authz";
import { loadPlanForRead } from "@/lib/platform/authz/load-plan";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZVersion } from "@/lib/platform/validation";
import { planRecord } from "../plan-record";
import { loadMeasure, measureChange } from "./measure-record";

/** An analyst verifies a measure reported MET, against its evidence. */
export async function verifyMeasure(ctx: ActionContext, measureId: string, version: unknown) {
  const actor = requireSignedIn(ctx.actor);
  requirePermission(actor, "measure.verify");
  const seen = ZVersion.parse(version);
  return db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    const plan = await loadPlanForRead(actor, before.planId, planRecord(tx));
    if (plan.status !== "IN_PROGRESS") throw new AppError("CONFLICT", "Measures are verified while the plan is in progress.");
    if (before.status !== "MET") throw new AppError("CONFLICT", "Only a measure reported as met is verified.");
    if (before.verifiedAt) throw new AppError("CONFLICT", "This measure is already verified.");
    if (!(await tx.document.count({ where: { measureId } }))) throw new AppError("CONFLICT", "This measure has no evidence yet. A measure is verified against its evidence.");
    return updateVersioned(tx, ctx, {
      ...measureChange(tx, before, "measure.verify"),
      version: seen,
      write: () => tx.measure.updateMany({ where: { id: measureId, version: seen }, data: { verifiedById: actor.id, verifiedAt: new Date(), version: { increment: 1 } } }),
    });
  });
}

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
import { problem } from "@/lib/platform/i18n/problem";

/** An analyst verifies a measure reported MET, against its evidence. */
export async function verifyMeasure(ctx: ActionContext, measureId: string, version: unknown) {
  const actor = requireSignedIn(ctx.actor);
  requirePermission(actor, "measure.verify");
  const seen = ZVersion.parse(version);
  return db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    const plan = await loadPlanForRead(actor, before.planId, planRecord(tx));
    if (plan.status !== "IN_PROGRESS") throw new AppError("CONFLICT", problem("PlanProblems.verifyInProgress"));
    if (before.status !== "MET") throw new AppError("CONFLICT", problem("PlanProblems.verifyMet"));
    if (before.verifiedAt) throw new AppError("CONFLICT", problem("PlanProblems.alreadyVerified"));
    if (!(await tx.document.count({ where: { measureId } }))) throw new AppError("CONFLICT", problem("PlanProblems.noEvidence"));
    return updateVersioned(tx, ctx, {
      ...measureChange(tx, before, "measure.verify"),
      version: seen,
      write: () => tx.measure.updateMany({ where: { id: measureId, version: seen }, data: { verifiedById: actor.id, verifiedAt: new Date(), version: { increment: 1 } } }),
    });
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { loadPlanForEdit } from "../plan-record";
import { loadMeasure, measureChange } from "./measure-record";

/** Removes a measure, seen at `version`, from a plan its ministry is still drafting (or changing on request). */
export async function deleteMeasure(ctx: ActionContext, measureId: string, version: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    await loadPlanForEdit(tx, actor, before.planId);
    await deleteVersioned(tx, ctx, {
      ...measureChange(tx, before, "measure.delete"),
      version: seen,
      remove: () => tx.measure.deleteMany({ where: { id: measureId, version: seen } }),
    });
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { removeStoredFiles } from "@/lib/platform/storage/remove-stored-files";
import { ZVersion } from "@/lib/platform/validation";
import { loadPlanForEdit } from "../plan-record";
import { loadMeasure, measureChange } from "./measure-record";

/**
 * Removes a measure, seen at `version`, from a plan its ministry is still drafting (or changing on
 * request). Its documents go with it; their stored files go once the deletion is committed.
 */
export async function deleteMeasure(ctx: ActionContext, measureId: string, version: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const seen = ZVersion.parse(version);
  const storageKeys = await db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    await loadPlanForEdit(tx, actor, before.planId);
    const files = await tx.document.findMany({ where: { measureId, storageKey: { not: null } }, select: { storageKey: true } });
    await deleteVersioned(tx, ctx, {
      ...measureChange(tx, before, "measure.delete"),
      version: seen,
      remove: () => tx.measure.deleteMany({ where: { id: measureId, version: seen } }),
    });
    return files.map((file) => file.storageKey!);
  });
  await removeStoredFiles(storageKeys);
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { INDICATOR_SELECT, loadIndicator, loadMonitored } from "./indicator-rules";

/** Removes an indicator with its reporting periods, at the `version` the caller saw. */
export async function deleteIndicator(ctx: ActionContext, programId: string, indicatorId: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const seen = ZVersion.parse(version);
    const before = await loadIndicator(tx, programId, indicatorId);
    await deleteVersioned(tx, ctx, {
      record: "indicator",
      before,
      version: seen,
      remove: () => tx.indicator.deleteMany({ where: { id: indicatorId, version: seen, program: programActWhere(actor) } }),
      read: () => tx.indicator.findUnique({ where: { id: indicatorId }, select: INDICATOR_SELECT }),
      audit: { action: "indicator.delete", entityType: "CooperationProgram", entityId: programId, as: (indicator) => ({ indicator }) },
    });
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { loadIndicator, loadMonitored } from "../indicators/indicator-rules";
import { loadPeriod, PERIOD_SELECT } from "./period-rules";

/** Removes a reporting period, at the `version` the caller saw. */
export async function deletePeriod(ctx: ActionContext, programId: string, indicatorId: string, periodId: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const seen = ZVersion.parse(version);
    await loadIndicator(tx, programId, indicatorId);
    const before = await loadPeriod(tx, indicatorId, periodId);
    await deleteVersioned(tx, ctx, {
      record: "reportingPeriod",
      before,
      version: seen,
      remove: () => tx.indicatorPeriod.deleteMany({ where: { id: periodId, version: seen, indicator: { program: programActWhere(actor) } } }),
      read: () => tx.indicatorPeriod.findUnique({ where: { id: periodId }, select: PERIOD_SELECT }),
      audit: { action: "indicator.period.delete", entityType: "CooperationProgram", entityId: programId, as: (period) => ({ indicatorId, period }) },
    });
  });
}

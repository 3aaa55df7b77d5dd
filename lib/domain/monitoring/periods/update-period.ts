import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZUpdatePeriod } from "@/lib/domain/monitoring/schemas";
import { loadIndicator, loadMonitored } from "../indicators/indicator-rules";
import { loadPeriod, onPeriodStartTaken, PERIOD_SELECT, periodColumns } from "./period-rules";

/** Changes a period, typically to report its actual value, starting from `version`. */
export async function updatePeriod(ctx: ActionContext, programId: string, indicatorId: string, periodId: string, input: unknown) {
  return db()
    .$transaction(async (tx) => {
      const { actor } = await loadMonitored(tx, ctx, programId);
      const indicator = await loadIndicator(tx, programId, indicatorId);
      const before = await loadPeriod(tx, indicatorId, periodId);
      const { version, ...data } = ZUpdatePeriod.parse(input);
      const columns = periodColumns(indicator.measure, data, actor);
      // A report already made keeps who made it and when, unless the actual value changes.
      const sameActual = (before.actualValue?.toString() ?? before.actualText ?? undefined) === data.actual;
      return updateVersioned(tx, ctx, {
        record: "reportingPeriod",
        before,
        version,
        write: () =>
          tx.indicatorPeriod.updateMany({
            where: { id: periodId, version, indicator: { program: programActWhere(actor) } },
            data: { ...columns, ...(sameActual && { reportedById: undefined, reportedAt: undefined }), version: { increment: 1 } },
          }),
        read: () => tx.indicatorPeriod.findUnique({ where: { id: periodId }, select: PERIOD_SELECT }),
        audit: { action: "indicator.period.update", entityType: "CooperationProgram", entityId: programId, as: (period) => ({ indicatorId, period }) },
      });
    })
    .catch(onPeriodStartTaken);
}

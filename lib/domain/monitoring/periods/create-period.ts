import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { ZCreatePeriod } from "@/lib/domain/monitoring/schemas";
import { loadIndicator, loadMonitored } from "../indicators/indicator-rules";
import { onPeriodStartTaken, PERIOD_SELECT, periodColumns, periodStartTaken } from "./period-rules";

/** Adds a reporting period to an indicator, with its target and, if already known, its actual value. */
export async function createPeriod(ctx: ActionContext, programId: string, indicatorId: string, input: unknown) {
  return db()
    .$transaction(async (tx) => {
      const { actor } = await loadMonitored(tx, ctx, programId);
      const indicator = await loadIndicator(tx, programId, indicatorId);
      const data = ZCreatePeriod.parse(input);
      const taken = await tx.indicatorPeriod.count({ where: { indicatorId, periodStart: data.periodStart } });
      if (taken) throw periodStartTaken();
      const created = await tx.indicatorPeriod.create({ data: { indicatorId, ...periodColumns(indicator.measure, data, actor) }, select: PERIOD_SELECT });
      await auditOnProgram(tx, ctx, programId, "indicator.period.create", { after: { indicatorId, period: created } });
      return created;
    })
    .catch(onPeriodStartTaken);
}

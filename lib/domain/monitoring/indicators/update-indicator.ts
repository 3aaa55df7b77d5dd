import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import type { IndicatorMeasure } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZUpdateIndicator } from "@/lib/domain/monitoring/schemas";
import { INDICATOR_SELECT, indicatorColumns, loadIndicator, loadMonitored, qualitative } from "./indicator-rules";
import { problem } from "@/lib/platform/i18n/problem";

/** Changes an indicator, starting from the `version` the input carries. */
export async function updateIndicator(ctx: ActionContext, programId: string, indicatorId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const before = await loadIndicator(tx, programId, indicatorId);
    const { version, ...data } = ZUpdateIndicator.parse(input);
    await assertMeasureChangeable(tx, indicatorId, before.measure, data.measure);
    return updateVersioned(tx, ctx, {
      record: "indicator",
      before,
      version,
      write: () => tx.indicator.updateMany({ where: { id: indicatorId, version, program: programActWhere(actor) }, data: { ...indicatorColumns(data), version: { increment: 1 } } }),
      read: () => tx.indicator.findUnique({ where: { id: indicatorId }, select: INDICATOR_SELECT }),
      audit: { action: "indicator.update", entityType: "CooperationProgram", entityId: programId, as: (indicator) => ({ indicator }) },
    });
  });
}

/** Reported periods hold numbers or text as the measure says: once there are some, the measure keeps its kind. */
async function assertMeasureChangeable(tx: DbTx, indicatorId: string, from: IndicatorMeasure, to: IndicatorMeasure) {
  if (to === from || qualitative(to) === qualitative(from)) return;
  if (await tx.indicatorPeriod.count({ where: { indicatorId } })) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
      fieldErrors: { measure: [problem("MonitoringProblems.measureLocked")] },
    });
  }
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import type { DbTx } from "@/lib/platform/db";
import type { IndicatorMeasure } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";
import type { TCreateIndicator } from "@/lib/domain/monitoring/schemas";
import { problem } from "@/lib/platform/i18n/problem";

// What the indicator and reporting-period operations share: the columns they return and store, the
// program they change and the indicator they work on. Changes are recorded on the program, so that
// its history shows them.

export const INDICATOR_SELECT = {
  id: true,
  programId: true,
  title: true,
  description: true,
  level: true,
  measure: true,
  ascending: true,
  baselineYear: true,
  baselineValue: true,
  baselineText: true,
  unit: true,
  version: true,
} as const;

/** A qualitative indicator carries text where the others carry numbers. */
export const qualitative = (measure: IndicatorMeasure) => measure === "QUALITATIVE";

/** The program and the actor who may record its monitoring. */
export const loadMonitored = (tx: DbTx, ctx: ActionContext, programId: string) => loadProgramForChange(tx, ctx.actor, programId, "monitoring.manage");

/** One of the program's indicators, or 404. */
export async function loadIndicator(tx: DbTx, programId: string, indicatorId: string) {
  const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, programId }, select: INDICATOR_SELECT });
  if (!indicator) throw new AppError("NOT_FOUND", problem("MonitoringProblems.noIndicator"));
  return indicator;
}

/** The columns a validated indicator is stored in, its baseline as a number or as text. */
export function indicatorColumns(data: TCreateIndicator) {
  const text = qualitative(data.measure);
  return {
    title: data.title,
    description: data.description,
    level: data.level,
    measure: data.measure,
    ascending: data.ascending,
    baselineYear: data.baselineYear ?? null,
    baselineValue: !text ? (data.baseline ?? null) : null,
    baselineText: text ? (data.baseline ?? null) : null,
    unit: data.unit ?? null,
  };
}

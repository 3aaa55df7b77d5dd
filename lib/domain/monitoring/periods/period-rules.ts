import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import type { DbTx } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import type { IndicatorMeasure } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";
import { checkPeriodValues, type TCreatePeriod } from "@/lib/domain/monitoring/schemas";
import { qualitative } from "../indicators/indicator-rules";
import { problem } from "@/lib/platform/i18n/problem";

// What the reporting-period operations share: the columns they return and store, the period they
// change, and the refusal of a second period starting on the same day.

const DAY = 86_400_000;
/** When a period's report is due if nobody says otherwise: 60 days after the period ends. */
const DEFAULT_REPORTING_DAYS = 60;

export const PERIOD_SELECT = {
  id: true,
  periodStart: true,
  periodEnd: true,
  dueDate: true,
  targetValue: true,
  targetText: true,
  actualValue: true,
  actualText: true,
  comment: true,
  reportedAt: true,
  version: true,
  reportedBy: { select: { name: true } },
} as const;

type Actor = NonNullable<ActionContext["actor"]>;

/** The columns a validated period is stored in; whoever gives the actual value is its reporter. */
export function periodColumns(measure: IndicatorMeasure, data: TCreatePeriod, actor: Actor) {
  checkPeriodValues(measure, data);
  const text = qualitative(measure);
  return {
    periodStart: data.periodStart,
    periodEnd: data.periodEnd,
    dueDate: data.dueDate ?? new Date(data.periodEnd.getTime() + DEFAULT_REPORTING_DAYS * DAY),
    targetValue: !text ? (data.target ?? null) : null,
    targetText: text ? (data.target ?? null) : null,
    actualValue: !text ? (data.actual ?? null) : null,
    actualText: text ? (data.actual ?? null) : null,
    comment: data.comment ?? null,
    reportedById: data.actual !== undefined ? actor.id : null,
    reportedAt: data.actual !== undefined ? new Date() : null,
  };
}

/** One of the indicator's reporting periods, or 404. */
export async function loadPeriod(tx: DbTx, indicatorId: string, periodId: string) {
  const period = await tx.indicatorPeriod.findFirst({ where: { id: periodId, indicatorId }, select: PERIOD_SELECT });
  if (!period) throw new AppError("NOT_FOUND", problem("MonitoringProblems.noPeriod"));
  return period;
}

export const periodStartTaken = () =>
  new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { periodStart: [problem("MonitoringProblems.periodTaken")] } });

/** The database's answer when two requests give an indicator periods starting on the same day: the check before writing can lose that race. */
export function onPeriodStartTaken(error: unknown): never {
  throw uniqueViolation(error) ? periodStartTaken() : error;
}

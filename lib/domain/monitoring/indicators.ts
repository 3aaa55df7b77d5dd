import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { programActWhere, type Viewer } from "@/lib/platform/authz";
import { loadProgramForChange, loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db, type DbTx } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import type { IndicatorMeasure } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { checkPeriodValues, ZCreateIndicator, ZCreatePeriod, ZUpdateIndicator, ZUpdatePeriod, type TCreateIndicator, type TCreatePeriod } from "@/lib/domain/monitoring/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";
import { isOverdue, progressPercent, todayUtc } from "./progress";

const DAY = 86_400_000;
/** When a period's report is due if nobody says otherwise: 60 days after the period ends. */
const DEFAULT_REPORTING_DAYS = 60;

const PERIOD_SELECT = {
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

const INDICATOR_SELECT = {
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

type Actor = NonNullable<ActionContext["actor"]>;

/** The program and the actor who may record its monitoring. */
const loadMonitored = (tx: DbTx, ctx: ActionContext, programId: string) => loadProgramForChange(tx, ctx.actor, programId, "monitoring.manage");

const qualitative = (measure: IndicatorMeasure) => measure === "QUALITATIVE";

function indicatorColumns(data: TCreateIndicator) {
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

function periodColumns(measure: IndicatorMeasure, data: TCreatePeriod, actor: Actor) {
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

/**
 * The program's indicators with their periods, each period with its progress toward the target
 * (exact decimals, ascending or descending) and whether its report is overdue today (UTC).
 */
export async function listIndicators(viewer: Viewer, programId: string, today = todayUtc()) {
  await loadProgramForRead(db(), viewer, programId);
  const indicators = await db().indicator.findMany({
    where: { programId },
    orderBy: [{ level: "asc" }, { title: "asc" }, { id: "asc" }],
    select: { ...INDICATOR_SELECT, periods: { orderBy: { periodStart: "asc" }, select: PERIOD_SELECT } },
  });
  return indicators.map(({ periods, ...indicator }) => ({
    ...indicator,
    periods: periods.map(({ reportedBy, ...period }) => ({
      ...period,
      reportedBy: reportedBy?.name ?? null,
      progressPercent: qualitative(indicator.measure)
        ? null
        : progressPercent({
            ascending: indicator.ascending,
            baseline: indicator.baselineValue?.toString() ?? null,
            target: period.targetValue?.toString() ?? null,
            actual: period.actualValue?.toString() ?? null,
          }),
      overdue: isOverdue(period.dueDate.toISOString().slice(0, 10), period.actualValue !== null || period.actualText !== null, today),
    })),
  }));
}

async function loadIndicator(tx: DbTx, programId: string, indicatorId: string) {
  const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, programId }, select: INDICATOR_SELECT });
  if (!indicator) throw new AppError("NOT_FOUND", "This program has no indicator with this id.");
  return indicator;
}

export async function createIndicator(ctx: ActionContext, programId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    await loadMonitored(tx, ctx, programId);
    const data = ZCreateIndicator.parse(input);
    const created = await tx.indicator.create({ data: { programId, ...indicatorColumns(data) }, select: INDICATOR_SELECT });
    await auditOnProgram(tx, ctx, programId, "indicator.create", { after: { indicator: created } });
    return created;
  });
}

export async function updateIndicator(ctx: ActionContext, programId: string, indicatorId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const before = await loadIndicator(tx, programId, indicatorId);
    const { version, ...data } = ZUpdateIndicator.parse(input);
    if (data.measure !== before.measure && qualitative(data.measure) !== qualitative(before.measure)) {
      const reported = await tx.indicatorPeriod.count({ where: { indicatorId } });
      if (reported) {
        throw new AppError("INVALID_INPUT", "Some fields need attention.", {
          fieldErrors: { measure: ["This indicator has reporting periods: it cannot change between numbers and text. Create a new indicator instead."] },
        });
      }
    }
    const { count } = await tx.indicator.updateMany({ where: { id: indicatorId, version, program: programActWhere(actor) }, data: { ...indicatorColumns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("indicator", version, before.version);
    const after = await tx.indicator.findUniqueOrThrow({ where: { id: indicatorId }, select: INDICATOR_SELECT });
    await auditOnProgram(tx, ctx, programId, "indicator.update", { before: { indicator: before }, after: { indicator: after } });
    return after;
  });
}

export async function deleteIndicator(ctx: ActionContext, programId: string, indicatorId: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const seen = ZVersion.parse(version);
    const before = await loadIndicator(tx, programId, indicatorId);
    const { count } = await tx.indicator.deleteMany({ where: { id: indicatorId, version: seen, program: programActWhere(actor) } });
    if (count === 0) throw staleRecord("indicator", seen, before.version);
    await auditOnProgram(tx, ctx, programId, "indicator.delete", { before: { indicator: before } });
  });
}

export async function createPeriod(ctx: ActionContext, programId: string, indicatorId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const indicator = await loadIndicator(tx, programId, indicatorId);
    const data = ZCreatePeriod.parse(input);
    const taken = await tx.indicatorPeriod.count({ where: { indicatorId, periodStart: data.periodStart } });
    if (taken) throw periodStartTaken();
    const created = await tx.indicatorPeriod.create({ data: { indicatorId, ...periodColumns(indicator.measure, data, actor) }, select: PERIOD_SELECT });
    await auditOnProgram(tx, ctx, programId, "indicator.period.create", { after: { indicatorId, period: created } });
    return created;
  }).catch(onPeriodStartTaken);
}

const periodStartTaken = () =>
  new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { periodStart: ["This indicator already has a period starting on this day."] } });

/** The database's answer when two requests give an indicator periods starting on the same day: the check before writing can lose that race. */
function onPeriodStartTaken(error: unknown): never {
  throw uniqueViolation(error) ? periodStartTaken() : error;
}

/** Changes a period, typically to report its actual value, starting from `version`. */
export async function updatePeriod(ctx: ActionContext, programId: string, indicatorId: string, periodId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const indicator = await loadIndicator(tx, programId, indicatorId);
    const before = await tx.indicatorPeriod.findFirst({ where: { id: periodId, indicatorId }, select: PERIOD_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This indicator has no reporting period with this id.");
    const { version, ...data } = ZUpdatePeriod.parse(input);
    const columns = periodColumns(indicator.measure, data, actor);
    // A report already made keeps who made it and when, unless the actual value changes.
    const sameActual = (before.actualValue?.toString() ?? before.actualText ?? undefined) === data.actual;
    const { count } = await tx.indicatorPeriod.updateMany({
      where: { id: periodId, version, indicator: { program: programActWhere(actor) } },
      data: { ...columns, ...(sameActual && { reportedById: undefined, reportedAt: undefined }), version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord("reporting period", version, before.version);
    const after = await tx.indicatorPeriod.findUniqueOrThrow({ where: { id: periodId }, select: PERIOD_SELECT });
    await auditOnProgram(tx, ctx, programId, "indicator.period.update", { before: { indicatorId, period: before }, after: { indicatorId, period: after } });
    return after;
  }).catch(onPeriodStartTaken);
}

export async function deletePeriod(ctx: ActionContext, programId: string, indicatorId: string, periodId: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadMonitored(tx, ctx, programId);
    const seen = ZVersion.parse(version);
    await loadIndicator(tx, programId, indicatorId);
    const before = await tx.indicatorPeriod.findFirst({ where: { id: periodId, indicatorId }, select: PERIOD_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This indicator has no reporting period with this id.");
    const { count } = await tx.indicatorPeriod.deleteMany({ where: { id: periodId, version: seen, indicator: { program: programActWhere(actor) } } });
    if (count === 0) throw staleRecord("reporting period", seen, before.version);
    await auditOnProgram(tx, ctx, programId, "indicator.period.delete", { before: { indicatorId, period: before } });
  });
}

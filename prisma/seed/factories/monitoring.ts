import type { DbTx } from "@/lib/platform/db/create-client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { Constituency, EventKind, IndicatorMeasure, ResultLevel } from "@/lib/platform/db/generated/enums";
import { factories, row, unique } from "./row";

type IndicatorGiven = Partial<Omit<Prisma.IndicatorUncheckedCreateInput, "periods">> & Pick<Prisma.IndicatorUncheckedCreateInput, "programId">;

/** An output indicator row counted in units, with no baseline unless one is given (a missing baseline is itself flagged). */
export function indicatorRow<Given extends IndicatorGiven>(given: Given) {
  return row({ title: given.title ?? `Indicator ${unique()}`, level: "OUTPUT" as ResultLevel, measure: "UNIT" as IndicatorMeasure }, given);
}

type PeriodGiven = Partial<Prisma.IndicatorPeriodUncheckedCreateInput>;

/** A reporting period row; without more, the year 2025, due at the end of February 2026, with nothing reported. */
export function indicatorPeriodRow<Given extends PeriodGiven>(given: Given) {
  return row({ periodStart: new Date("2025-01-01"), periodEnd: new Date("2025-12-31"), dueDate: new Date("2026-02-28") }, given);
}

type CreateIndicator = IndicatorGiven & {
  /** Its reporting periods. */
  periods?: Prisma.IndicatorPeriodUncheckedCreateWithoutIndicatorInput[];
};

/** An indicator with its reporting periods. */
export async function createIndicator(db: DbTx, { periods = [], ...data }: CreateIndicator) {
  return db.indicator.create({
    data: { ...indicatorRow(data), periods: { create: periods.map(indicatorPeriodRow) } },
    include: { periods: true },
  });
}

export async function createIndicators(db: DbTx, data: Prisma.IndicatorCreateManyInput[]) {
  return db.indicator.createMany({ data: data.map(indicatorRow) });
}

export async function createIndicatorPeriod(db: DbTx, data: PeriodGiven & Pick<Prisma.IndicatorPeriodUncheckedCreateInput, "indicatorId">) {
  return db.indicatorPeriod.create({ data: indicatorPeriodRow(data) });
}

export async function createIndicatorPeriods(db: DbTx, data: Prisma.IndicatorPeriodCreateManyInput[]) {
  return db.indicatorPeriod.createMany({ data: data.map(indicatorPeriodRow) });
}

type EventGiven = Partial<Prisma.EventCreateManyInput> & Pick<Prisma.EventCreateManyInput, "programId">;

/** An event row; without more, a one-day workshop on 20 January 2026. */
export function eventRow<Given extends EventGiven>(given: Given) {
  return row({ kind: "WORKSHOP" as EventKind, title: given.title ?? `Workshop ${unique()}`, startDate: new Date("2026-01-20") }, given);
}

export const { one: createEvent, many: createEvents } = factories((db) => db.event, eventRow<EventGiven>);

type AttendanceGiven = Partial<Prisma.AttendanceCreateManyInput> & Pick<Prisma.AttendanceCreateManyInput, "eventId">;

/** An attendance row; without more, no one from a government (counts default to zero). */
export function attendanceRow<Given extends AttendanceGiven>(given: Given) {
  return row({ constituency: "GOVERNMENT" as Constituency }, given);
}

export const { one: createAttendance, many: createAttendances } = factories((db) => db.attendance, attendanceRow<AttendanceGiven>);

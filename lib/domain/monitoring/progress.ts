import { Prisma } from "@/lib/platform/db/generated/client";

const { Decimal } = Prisma;

/**
 * How far an indicator has come from its baseline toward its target, in percent with one decimal:
 * (actual − baseline) / (target − baseline) when higher is better, (baseline − actual) /
 * (baseline − target) when lower is better. Without a baseline an ascending indicator starts from
 * zero; a descending one cannot be measured. Null when it cannot be computed (no actual, no
 * target, or a target equal to the baseline). Exact decimal arithmetic throughout.
 */
export function progressPercent({
  ascending,
  baseline,
  target,
  actual,
}: {
  ascending: boolean;
  baseline: string | null;
  target: string | null;
  actual: string | null;
}): string | null {
  if (actual === null || target === null) return null;
  if (baseline === null && !ascending) return null;
  const start = new Decimal(baseline ?? 0);
  const goal = new Decimal(target);
  const now = new Decimal(actual);
  const distance = ascending ? goal.minus(start) : start.minus(goal);
  if (distance.isZero()) return null;
  const covered = ascending ? now.minus(start) : start.minus(now);
  return covered.dividedBy(distance).times(100).toDecimalPlaces(1).toFixed(1);
}

/**
 * Whether a report is overdue on `today` (a calendar date, YYYY-MM-DD): its due date has passed and
 * nothing was reported. A report due today is not yet overdue.
 */
export function isOverdue(dueDate: string, reported: boolean, today: string): boolean {
  return !reported && dueDate < today;
}

/** Today's calendar date in UTC, the time zone all due dates are kept in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

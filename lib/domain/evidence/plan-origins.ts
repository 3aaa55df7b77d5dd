import "server-only";
import { PlanOrigin } from "@/lib/platform/db/generated/enums";

export type OriginCounts = { byOrigin: Record<PlanOrigin, number>; total: number };

/**
 * Plans counted by origin, every origin present (none left out, "other" included), and the total
 * as the sum of those counts: the parts a reader sees always add up to the whole.
 */
export function countOrigins(rows: { origin: PlanOrigin; count: number }[]): OriginCounts {
  const byOrigin = Object.fromEntries(Object.values(PlanOrigin).map((origin) => [origin, 0])) as Record<PlanOrigin, number>;
  for (const row of rows) byOrigin[row.origin] += row.count;
  return { byOrigin, total: Object.values(byOrigin).reduce((sum, count) => sum + count, 0) };
}

import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { isOverdue, progressPercent, todayUtc } from "../progress";
import { PERIOD_SELECT } from "../periods/period-rules";
import { INDICATOR_SELECT, qualitative } from "./indicator-rules";

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

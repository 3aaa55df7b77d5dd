import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { programFilterSql } from "@/lib/domain/programs/program-filter-sql";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { isoTime, keysetRows } from "./batches";
import type { ColumnKey } from "./columns";
import type { Row } from "./table-stream";

export const INDICATOR_EXPORT_KEYS = [
  "program_identifier",
  "indicator",
  "level",
  "measure",
  "unit",
  "baseline",
  "baseline_year",
  "period_start",
  "period_end",
  "target",
  "actual",
  "due_date",
  "reported_at",
] as const satisfies readonly ColumnKey<"indicators">[];

type IndicatorExportRow = Row<(typeof INDICATOR_EXPORT_KEYS)[number]>;
/** The keyset: the indicator, then its period's start (unique per indicator); 0001-01-01 when it has none. */
type Fetched = Omit<IndicatorExportRow, "reported_at"> & { indicator_id: string; period_key: string; reported_at: Date | null };

const NO_PERIOD = "0001-01-01";

/**
 * One row per reporting period of the indicators of the programs the list shows for `filter`
 * (within what the viewer may read); an indicator without periods has one row with the period
 * columns empty. Values are exact decimal strings, or the text of a qualitative indicator.
 */
export async function* indicatorExportRows(viewer: Viewer, filter: TProgramFilter): AsyncGenerator<IndicatorExportRow> {
  const where = programFilterSql(viewer, filter);
  const rows = keysetRows<Fetched>((after, size) => {
    const [indicatorId, periodKey] = after ? [after.indicator_id, after.period_key] : ["", NO_PERIOD];
    return db().$queryRaw<Fetched[]>`
      SELECT ind."id" AS indicator_id, to_char(COALESCE(per."periodStart", DATE '0001-01-01'), 'YYYY-MM-DD') AS period_key,
        p."identifier" AS program_identifier, ind."title" AS indicator, ind."level"::text AS level, ind."measure"::text AS measure,
        ind."unit" AS unit, COALESCE(ind."baselineValue"::text, ind."baselineText") AS baseline, ind."baselineYear" AS baseline_year,
        to_char(per."periodStart", 'YYYY-MM-DD') AS period_start, to_char(per."periodEnd", 'YYYY-MM-DD') AS period_end,
        COALESCE(per."targetValue"::text, per."targetText") AS target, COALESCE(per."actualValue"::text, per."actualText") AS actual,
        to_char(per."dueDate", 'YYYY-MM-DD') AS due_date, per."reportedAt" AS reported_at
      FROM "Indicator" ind
      JOIN "CooperationProgram" p ON p."id" = ind."programId"
      LEFT JOIN "IndicatorPeriod" per ON per."indicatorId" = ind."id"
      WHERE ${where} AND ind."id" >= ${indicatorId}
        AND (ind."id", COALESCE(per."periodStart", DATE '0001-01-01')) > (${indicatorId}, CAST(${periodKey} AS date))
      ORDER BY ind."id", COALESCE(per."periodStart", DATE '0001-01-01')
      LIMIT ${size}`;
  });
  for await (const { indicator_id: _indicator, period_key: _period, reported_at, ...row } of rows) yield { ...row, reported_at: isoTime(reported_at) };
}

import "server-only";
import { exchangeReadWhere, type Viewer } from "@/lib/platform/authz";
import { programReadSql } from "@/lib/platform/authz/sql";
import { db } from "@/lib/platform/db";
import { HEALTH_SQL } from "@/lib/domain/monitoring/program-health";

/** The exchanges that carry "information on legislation and on the reality of workers". */
export const TARGETED_EXCHANGE_KINDS = ["LEGISLATION_UPDATE", "LABOUR_MARKET_DATA", "INSPECTION_REPORT"] as const;

/**
 * The figures that decide three of the arguments and that the register's first page did not
 * count: results of programs that shared practice, exchanges tied to a provision, monitored funded programs.
 */
export async function getArgumentFigures(viewer: Viewer) {
  const readable = programReadSql(viewer);
  const exchanges = { AND: [exchangeReadWhere(viewer), { kind: { in: [...TARGETED_EXCHANGE_KINDS] } }] };
  const [learningResults, exchangesTotal, exchangesTied, funded] = await Promise.all([
    // Reported periods with a numeric target in programs that held a workshop, training or study
    // visit: met when the actual reached the target in the indicator's direction.
    db().$queryRaw<{ reported: number; met: number }[]>`
      SELECT COUNT(*)::int AS reported,
             COUNT(*) FILTER (WHERE (i."ascending" AND ip."actualValue" >= ip."targetValue") OR (NOT i."ascending" AND ip."actualValue" <= ip."targetValue"))::int AS met
      FROM "IndicatorPeriod" ip JOIN "Indicator" i ON i."id" = ip."indicatorId" JOIN "CooperationProgram" p ON p."id" = i."programId"
      WHERE ${readable} AND ip."actualValue" IS NOT NULL AND ip."targetValue" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "Event" e WHERE e."programId" = p."id" AND e."kind" IN ('WORKSHOP', 'TRAINING', 'STUDY_VISIT'))`,
    db().informationExchange.count({ where: exchanges }),
    db().informationExchange.count({ where: { AND: [exchanges, { provisions: { some: {} } }] } }),
    // Programs that received money, and those of them with indicators, baselines and no overdue report.
    db().$queryRaw<{ total: number; monitored: number }[]>`
      SELECT COUNT(*)::int AS total,
             COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Indicator" i WHERE i."programId" = p."id")
               AND NOT ${HEALTH_SQL.indicatorsWithoutBaseline} AND NOT ${HEALTH_SQL.overdueReports})::int AS monitored
      FROM "CooperationProgram" p
      WHERE ${readable} AND EXISTS (SELECT 1 FROM "Transaction" t WHERE t."programId" = p."id" AND t."type" = 'DISBURSEMENT')`,
  ]);
  return {
    learningResults: { reported: learningResults[0]?.reported ?? 0, met: learningResults[0]?.met ?? 0 },
    targetedExchanges: { total: exchangesTotal, tied: exchangesTied },
    fundedPrograms: { total: funded[0]?.total ?? 0, monitored: funded[0]?.monitored ?? 0 },
  };
}

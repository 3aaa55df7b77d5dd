import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";

import { HEALTH_FLAGS, type HealthFlag, type HealthFilter } from "@/lib/domain/programs/schemas";

export { HEALTH_FLAGS, type HealthFlag };

/**
 * Each flag as a condition on a program aliased `p`, for the health query and for the program
 * list's `health` filter. "Today" is the database's current date (UTC on the embedded server).
 */
export const HEALTH_SQL: Record<HealthFlag, Prisma.Sql> = {
  // Money committed or paid out, and nothing to measure what it achieves.
  fundedWithoutIndicators: Prisma.sql`(EXISTS (SELECT 1 FROM "Transaction" t WHERE t."programId" = p."id" AND t."type" IN ('COMMITMENT', 'DISBURSEMENT'))
    AND NOT EXISTS (SELECT 1 FROM "Indicator" i WHERE i."programId" = p."id"))`,
  indicatorsWithoutBaseline: Prisma.sql`EXISTS (SELECT 1 FROM "Indicator" i WHERE i."programId" = p."id" AND i."baselineValue" IS NULL AND i."baselineText" IS NULL)`,
  overdueReports: Prisma.sql`EXISTS (SELECT 1 FROM "IndicatorPeriod" ip JOIN "Indicator" i ON i."id" = ip."indicatorId"
    WHERE i."programId" = p."id" AND ip."dueDate" < CURRENT_DATE AND ip."actualValue" IS NULL AND ip."actualText" IS NULL)`,
  // Per currency: more paid out than was ever committed.
  disbursedOverCommitted: Prisma.sql`EXISTS (SELECT 1 FROM "Transaction" t WHERE t."programId" = p."id" AND t."type" IN ('COMMITMENT', 'DISBURSEMENT')
    GROUP BY t."currencyCode"
    HAVING SUM(CASE WHEN t."type" = 'DISBURSEMENT' THEN t."amount" ELSE 0 END) > SUM(CASE WHEN t."type" = 'COMMITMENT' THEN t."amount" ELSE 0 END))`,
  expenditureWithoutDisbursement: Prisma.sql`(EXISTS (SELECT 1 FROM "Transaction" t WHERE t."programId" = p."id" AND t."type" = 'EXPENDITURE')
    AND NOT EXISTS (SELECT 1 FROM "Transaction" t WHERE t."programId" = p."id" AND t."type" = 'DISBURSEMENT'))`,
};

/**
 * "Money without monitoring": committed or disbursed money in a program that has no indicators, or
 * whose indicators lack a baseline, or whose reports are overdue.
 */
const FUNDED = Prisma.sql`EXISTS (SELECT 1 FROM "Transaction" t WHERE t."programId" = p."id" AND t."type" IN ('COMMITMENT', 'DISBURSEMENT'))`;

/** The condition of the program list's `health` filter. */
export function healthFilterSql(filter: HealthFilter): Prisma.Sql {
  if (filter === "moneyWithoutMonitoring") {
    return Prisma.sql`(${FUNDED} AND (NOT EXISTS (SELECT 1 FROM "Indicator" i WHERE i."programId" = p."id") OR ${HEALTH_SQL.indicatorsWithoutBaseline} OR ${HEALTH_SQL.overdueReports}))`;
  }
  return HEALTH_SQL[filter];
}

export type ProgramHealth = Record<HealthFlag, boolean>;

/** The health flags of the given programs, in one query; the caller has already scoped the ids. */
export async function programHealth(programIds: string[]): Promise<Map<string, ProgramHealth>> {
  if (programIds.length === 0) return new Map();
  const rows = await db().$queryRaw<({ id: string } & ProgramHealth)[]>`
    SELECT p."id",
      ${HEALTH_SQL.fundedWithoutIndicators} AS "fundedWithoutIndicators",
      ${HEALTH_SQL.indicatorsWithoutBaseline} AS "indicatorsWithoutBaseline",
      ${HEALTH_SQL.overdueReports} AS "overdueReports",
      ${HEALTH_SQL.disbursedOverCommitted} AS "disbursedOverCommitted",
      ${HEALTH_SQL.expenditureWithoutDisbursement} AS "expenditureWithoutDisbursement"
    FROM "CooperationProgram" p
    WHERE p."id" IN (${Prisma.join(programIds)})`;
  return new Map(rows.map(({ id, ...flags }) => [id, flags]));
}

import "server-only";
import { planReadWhere, type Viewer } from "@/lib/platform/authz";
import { programReadSql } from "@/lib/platform/authz/sql";
import { db } from "@/lib/platform/db";
import type { PlanKind } from "@/lib/platform/db/generated/enums";

/** How many years of money the page shows, the latest first. */
const FUNDING_YEARS = 5;

/**
 * The figures that track the three ways to improve cooperation the source document names: money
 * allocated per year, who attends the programs' events, and the action and remediation plans.
 */
export async function getWayFigures(viewer: Viewer) {
  const readable = programReadSql(viewer);
  const [funding, attendance, kinds] = await Promise.all([
    db().$queryRaw<{ year: number; currency: string; committed: string; disbursed: string }[]>`
      SELECT EXTRACT(YEAR FROM t."date")::int AS year, t."currencyCode" AS currency,
             COALESCE(SUM(t."amount") FILTER (WHERE t."type" = 'COMMITMENT'), 0)::text AS committed,
             COALESCE(SUM(t."amount") FILTER (WHERE t."type" = 'DISBURSEMENT'), 0)::text AS disbursed
      FROM "Transaction" t JOIN "CooperationProgram" p ON p."id" = t."programId"
      WHERE ${readable} AND t."type" IN ('COMMITMENT', 'DISBURSEMENT')
        AND EXTRACT(YEAR FROM t."date") > (SELECT MAX(EXTRACT(YEAR FROM t2."date")) FROM "Transaction" t2 JOIN "CooperationProgram" p ON p."id" = t2."programId"
          WHERE ${readable} AND t2."type" IN ('COMMITMENT', 'DISBURSEMENT')) - ${FUNDING_YEARS}
      GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
    // People at the programs' events, and those who came for workers, employers or civil society.
    db().$queryRaw<{ people: number; civilSociety: number }[]>`
      SELECT COALESCE(SUM(a."women" + a."men"), 0)::int AS people,
             COALESCE(SUM(a."women" + a."men") FILTER (WHERE a."constituency" IN ('WORKERS', 'EMPLOYERS', 'CIVIL_SOCIETY')), 0)::int AS "civilSociety"
      FROM "Attendance" a JOIN "Event" e ON e."id" = a."eventId" JOIN "CooperationProgram" p ON p."id" = e."programId"
      WHERE ${readable}`,
    db().plan.groupBy({ by: ["kind"], where: planReadWhere(viewer), _count: { _all: true } }),
  ]);
  const byKind = Object.fromEntries(kinds.map((row) => [row.kind, row._count._all])) as Partial<Record<PlanKind, number>>;
  return {
    fundingByYear: funding,
    attendance: { people: attendance[0]?.people ?? 0, civilSociety: attendance[0]?.civilSociety ?? 0 },
    plansByKind: { action: byKind.ACTION ?? 0, remediation: byKind.REMEDIATION ?? 0 },
  };
}

import "server-only";
import { type z } from "zod";
import { planReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import type { PlanStatus, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { socialDialogueBalanceWhere } from "@/lib/domain/participation/events/social-dialogue-select";
import { HEALTH_SQL } from "@/lib/domain/monitoring/program-health";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { programFilterSql } from "@/lib/domain/programs/program-filter-sql";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";
import { AWAITING_REVIEW_STATUSES } from "@/lib/domain/plans/plan-workflow";
import { getSubmissionFigures } from "@/lib/domain/evidence/submission-figures";
import { cachedFigures, FIGURES_SHAPE, scopeKey } from "./figure-cache";

/** The dashboard's filters, the program list's own: agreement, beneficiary country, type, year. */
export const ZDashboardFilter = ZProgramFilter.pick({ agreement: true, country: true, type: true, year: true });
export type TDashboardFilter = z.infer<typeof ZDashboardFilter>;

type Money = { currency: string; committed: string; disbursed: string; spent: string };

/** Civil society's organisations: workers', employers' and non-governmental ones. */
const CIVIL_SOCIETY_KINDS = Prisma.sql`('WORKERS_ORGANISATION', 'EMPLOYERS_ORGANISATION', 'NGO')`;

/**
 * Everything the dashboard shows, each figure computed in PostgreSQL over the programs the viewer
 * may read that match the filters (the public: published programs only). With a year, money counts
 * the transactions dated in that year and programs those running in it. Plans and public
 * submissions follow the agreement and country filters (a submission's country: the party it
 * concerns); drafts of submissions never count.
 */
export async function getDashboard(viewer: Viewer, filter: TDashboardFilter, today = todayUtc()) {
  const programs = programFilterSql(viewer, { ...filter, sort: "updated" });
  const transactionYear = filter.year === undefined ? Prisma.sql`TRUE` : Prisma.sql`EXTRACT(YEAR FROM t."date") = ${filter.year}`;
  const sums = Prisma.sql`
    COALESCE(SUM(t."amount") FILTER (WHERE t."type" = 'COMMITMENT'), 0)::text AS committed,
    COALESCE(SUM(t."amount") FILTER (WHERE t."type" = 'DISBURSEMENT'), 0)::text AS disbursed,
    COALESCE(SUM(t."amount") FILTER (WHERE t."type" = 'EXPENDITURE'), 0)::text AS spent`;
  const fromTransactions = Prisma.sql`FROM "Transaction" t JOIN "CooperationProgram" p ON p."id" = t."programId" WHERE ${programs} AND ${transactionYear}`;

  const planWhere: Prisma.PlanWhereInput = {
    AND: [planReadWhere(viewer), ...(filter.agreement ? [{ agreementId: filter.agreement }] : []), ...(filter.country ? [{ countryCode: filter.country }] : [])],
  };

  const [byType, byAgreement, byYear, statusType, civilSociety, health, balance, overdueMeasures, awaitingReview, plansByStatus, submissions] = await Promise.all([
    db().$queryRaw<({ type: ProgramType } & Money)[]>`SELECT p."type" AS type, t."currencyCode" AS currency, ${sums} ${fromTransactions} GROUP BY p."type", t."currencyCode" ORDER BY t."currencyCode", p."type"`,
    db().$queryRaw<({ agreementId: string; agreement: string } & Money)[]>`
      SELECT p."agreementId" AS "agreementId", a."shortName" AS agreement, t."currencyCode" AS currency, ${sums}
      FROM "Transaction" t JOIN "CooperationProgram" p ON p."id" = t."programId" JOIN "Agreement" a ON a."id" = p."agreementId"
      WHERE ${programs} AND ${transactionYear}
      GROUP BY p."agreementId", a."shortName", t."currencyCode" ORDER BY a."shortName", t."currencyCode"`,
    db().$queryRaw<({ year: number } & Money)[]>`SELECT EXTRACT(YEAR FROM t."date")::int AS year, t."currencyCode" AS currency, ${sums} ${fromTransactions} GROUP BY 1, t."currencyCode" ORDER BY 1, t."currencyCode"`,
    db().$queryRaw<{ status: ProgramStatus; type: ProgramType; count: number }[]>`
      SELECT p."status" AS status, p."type" AS type, COUNT(*)::int AS count FROM "CooperationProgram" p WHERE ${programs} GROUP BY p."status", p."type"`,
    db().$queryRaw<{ total: number; withCivilSociety: number }[]>`
      SELECT COUNT(*)::int AS total,
             COUNT(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "Participant" pa JOIN "Organisation" o ON o."id" = pa."organisationId"
               WHERE pa."programId" = p."id" AND o."kind"::text IN ${CIVIL_SOCIETY_KINDS}))::int AS "withCivilSociety"
      FROM "CooperationProgram" p WHERE ${programs}`,
    db().$queryRaw<{ funded: number; moneyWithoutMonitoring: number; fundedWithoutIndicators: number; indicatorsWithoutBaseline: number; overdueReports: number }[]>`
      SELECT COUNT(*) FILTER (WHERE funded)::int AS funded,
             COUNT(*) FILTER (WHERE funded AND (NOT has_indicators OR without_baseline OR overdue))::int AS "moneyWithoutMonitoring",
             COUNT(*) FILTER (WHERE funded AND NOT has_indicators)::int AS "fundedWithoutIndicators",
             COUNT(*) FILTER (WHERE funded AND without_baseline)::int AS "indicatorsWithoutBaseline",
             COUNT(*) FILTER (WHERE funded AND overdue)::int AS "overdueReports"
      FROM (
        SELECT EXISTS (SELECT 1 FROM "Transaction" t WHERE t."programId" = p."id" AND t."type" IN ('COMMITMENT', 'DISBURSEMENT')) AS funded,
               EXISTS (SELECT 1 FROM "Indicator" i WHERE i."programId" = p."id") AS has_indicators,
               ${HEALTH_SQL.indicatorsWithoutBaseline} AS without_baseline,
               ${HEALTH_SQL.overdueReports} AS overdue
        FROM "CooperationProgram" p WHERE ${programs}
      ) flags`,
    socialDialogueBalanceWhere(programs),
    db().measure.count({
      where: { status: { not: "MET" }, dueDate: { lt: new Date(`${today}T00:00:00Z`) }, plan: { AND: [planWhere, { status: { notIn: ["DRAFT", "CLOSED"] } }] } },
    }),
    db().plan.count({ where: { AND: [planWhere, { status: { in: [...AWAITING_REVIEW_STATUSES] } }] } }),
    db().plan.groupBy({ by: ["status"], where: planWhere, _count: { _all: true } }),
    // Submissions, like plans, follow the agreement and country filters only.
    getSubmissionFigures(viewer, today, { agreement: filter.agreement, country: filter.country }),
  ]);

  return {
    funding: { byType, byAgreement, byYear },
    programs: { byStatusAndType: statusType, total: civilSociety[0]?.total ?? 0 },
    civilSociety: { programs: civilSociety[0]?.withCivilSociety ?? 0, total: civilSociety[0]?.total ?? 0 },
    balance,
    plans: {
      overdueMeasures,
      awaitingReview,
      byStatus: plansByStatus.map((row) => ({ status: row.status as PlanStatus, count: row._count._all })),
    },
    health: health[0] ?? { funded: 0, moneyWithoutMonitoring: 0, fundedWithoutIndicators: 0, indicatorsWithoutBaseline: 0, overdueReports: 0 },
    submissions,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/**
 * The dashboard as the page shows it: the figures for the viewer's scope and filters, computed at
 * most once a minute (lib/domain/dashboard/figure-cache.ts), with the moment they were computed.
 */
export function getDashboardFigures(viewer: Viewer, filter: TDashboardFilter) {
  const key = `dashboard|${scopeKey(viewer)}|${JSON.stringify([filter.agreement ?? "", filter.country ?? "", filter.type ?? "", filter.year ?? ""])}|${todayUtc()}|${FIGURES_SHAPE}`;
  return cachedFigures(key, () => getDashboard(viewer, filter));
}

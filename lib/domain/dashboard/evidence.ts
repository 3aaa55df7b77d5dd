import "server-only";
import { exchangeReadWhere, planReadWhere, type Viewer } from "@/lib/platform/authz";
import { programReadSql } from "@/lib/platform/authz/sql";
import { db } from "@/lib/platform/db";
import type { MeasureStatus } from "@/lib/platform/db/generated/enums";
import { HEALTH_SQL } from "@/lib/domain/monitoring/program-health";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { getArgumentFigures } from "@/lib/domain/evidence/argument-figures";
import { countOrigins } from "@/lib/domain/evidence/plan-origins";
import { getSubmissionFigures } from "@/lib/domain/evidence/submission-figures";
import { judgeArguments } from "@/lib/domain/evidence/verdicts";
import { getWayFigures } from "@/lib/domain/evidence/way-figures";
import { cachedFigures, FIGURES_SHAPE, scopeKey } from "./figure-cache";

/**
 * The live figures that speak to each argument for and against labour cooperation and to each way
 * of improving it, computed in PostgreSQL over what the viewer may read (the public: what is
 * published), with each argument's verdict by its rule (lib/domain/evidence/verdicts.ts). How the
 * public submissions fare stands beside "not binding enough" and does not change its verdict.
 */
export async function getEvidence(viewer: Viewer, today = todayUtc()) {
  const [base, argumentFigures, ways, submissions] = await Promise.all([
    getBaseFigures(viewer, today),
    getArgumentFigures(viewer),
    getWayFigures(viewer),
    getSubmissionFigures(viewer, today),
  ]);
  const settled = (base.measures.MET ?? 0) + (base.measures.PARTIALLY_MET ?? 0) + (base.measures.NOT_MET ?? 0);
  const verdicts = judgeArguments({
    for1: { part: argumentFigures.learningResults.met, whole: argumentFigures.learningResults.reported },
    for2: { part: base.targets.met, whole: base.targets.reported },
    for3: { part: argumentFigures.targetedExchanges.tied, whole: argumentFigures.targetedExchanges.total },
    against1: { part: base.measures.MET ?? 0, whole: settled },
    against2: { part: base.ownCountryPlans.own, whole: base.ownCountryPlans.total },
    against3: { part: argumentFigures.fundedPrograms.monitored, whole: argumentFigures.fundedPrograms.total },
  });
  return { ...base, ...argumentFigures, ...ways, submissions, settledMeasures: settled, verdicts };
}

async function getBaseFigures(viewer: Viewer, today: string) {
  const readable = programReadSql(viewer);
  const plans = planReadWhere(viewer);
  const [bestPractice, learning, civilSociety, targets, exchangesByParty, measures, overdue, origins, ownCountry, monitoredMoney] = await Promise.all([
    db().informationExchange.count({ where: { AND: [exchangeReadWhere(viewer), { kind: "BEST_PRACTICE" }] } }),
    db().$queryRaw<{ events: number; people: number }[]>`
      SELECT COUNT(DISTINCT e."id")::int AS events, COALESCE(SUM(a."women" + a."men"), 0)::int AS people
      FROM "Event" e JOIN "CooperationProgram" p ON p."id" = e."programId" LEFT JOIN "Attendance" a ON a."eventId" = e."id"
      WHERE ${readable} AND e."kind" IN ('WORKSHOP', 'TRAINING', 'STUDY_VISIT')`,
    db().$queryRaw<{ total: number; involved: number }[]>`
      SELECT COUNT(*)::int AS total,
             COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Participant" pa JOIN "Organisation" o ON o."id" = pa."organisationId"
               WHERE pa."programId" = p."id" AND o."kind" IN ('WORKERS_ORGANISATION', 'EMPLOYERS_ORGANISATION', 'NGO')))::int AS involved
      FROM "CooperationProgram" p WHERE ${readable}`,
    // Reported periods of financial assistance with a numeric target: met when the actual reached
    // the target in the indicator's direction.
    db().$queryRaw<{ reported: number; met: number }[]>`
      SELECT COUNT(*)::int AS reported,
             COUNT(*) FILTER (WHERE (i."ascending" AND ip."actualValue" >= ip."targetValue") OR (NOT i."ascending" AND ip."actualValue" <= ip."targetValue"))::int AS met
      FROM "IndicatorPeriod" ip JOIN "Indicator" i ON i."id" = ip."indicatorId" JOIN "CooperationProgram" p ON p."id" = i."programId"
      WHERE ${readable} AND p."type" = 'FINANCIAL_ASSISTANCE' AND ip."actualValue" IS NOT NULL AND ip."targetValue" IS NOT NULL`,
    db().informationExchange.groupBy({ by: ["fromCountryCode"], where: exchangeReadWhere(viewer), _count: { _all: true }, orderBy: { fromCountryCode: "asc" } }),
    db().measure.groupBy({ by: ["status"], where: { plan: plans }, _count: { _all: true } }),
    db().measure.count({ where: { status: { not: "MET" }, dueDate: { lt: new Date(`${today}T00:00:00Z`) }, plan: { AND: [plans, { status: { notIn: ["DRAFT", "CLOSED"] } }] } } }),
    db().plan.groupBy({ by: ["origin"], where: plans, _count: { _all: true } }),
    // Plans per country and owner, to tell those a country owns itself from those owned abroad.
    db().plan.groupBy({ by: ["countryCode", "ownerOrganisationId"], where: plans, _count: { _all: true } }),
    // Disbursed money per currency, and the part of it in programs with indicators, baselines and
    // no overdue report.
    db().$queryRaw<{ currency: string; disbursed: string; monitored: string }[]>`
      SELECT t."currencyCode" AS currency,
             SUM(t."amount")::text AS disbursed,
             COALESCE(SUM(t."amount") FILTER (WHERE EXISTS (SELECT 1 FROM "Indicator" i WHERE i."programId" = p."id")
               AND NOT ${HEALTH_SQL.indicatorsWithoutBaseline} AND NOT ${HEALTH_SQL.overdueReports}), 0)::text AS monitored
      FROM "Transaction" t JOIN "CooperationProgram" p ON p."id" = t."programId"
      WHERE ${readable} AND t."type" = 'DISBURSEMENT'
      GROUP BY t."currencyCode" ORDER BY t."currencyCode"`,
  ]);
  const [countries, owners] = await Promise.all([
    db().country.findMany({ where: { code: { in: exchangesByParty.map((row) => row.fromCountryCode) } }, select: { code: true, name: true } }),
    db().organisation.findMany({ where: { id: { in: ownCountry.map((row) => row.ownerOrganisationId) } }, select: { id: true, countryCode: true } }),
  ]);
  const countryName = new Map(countries.map((country) => [country.code, country.name]));
  const ownerCountry = new Map(owners.map((owner) => [owner.id, owner.countryCode]));
  return {
    bestPractice: { exchanges: bestPractice, learningEvents: learning[0]?.events ?? 0, people: learning[0]?.people ?? 0 },
    civilSociety: { involved: civilSociety[0]?.involved ?? 0, total: civilSociety[0]?.total ?? 0 },
    targets: { reported: targets[0]?.reported ?? 0, met: targets[0]?.met ?? 0 },
    exchangesByParty: exchangesByParty
      .map((row) => ({ code: row.fromCountryCode, name: countryName.get(row.fromCountryCode) ?? row.fromCountryCode, count: row._count._all }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    measures: Object.fromEntries(measures.map((row) => [row.status, row._count._all])) as Partial<Record<MeasureStatus, number>>,
    overdueMeasures: overdue,
    planOrigins: countOrigins(origins.map((row) => ({ origin: row.origin, count: row._count._all }))),
    ownCountryPlans: {
      own: ownCountry.filter((row) => ownerCountry.get(row.ownerOrganisationId) === row.countryCode).reduce((sum, row) => sum + row._count._all, 0),
      total: ownCountry.reduce((sum, row) => sum + row._count._all, 0),
    },
    monitoredMoney,
  };
}

export type Evidence = Awaited<ReturnType<typeof getEvidence>>;

/**
 * The evidence as the page shows it: computed at most once a minute per scope and kept for every
 * instance, as the dashboard's figures are (figure-cache.ts). Some fifteen queries over every
 * program and transaction take seconds at 20,000 programs, and any write to a public record empties
 * the page cache, so without this the next visitor after each write would wait for them.
 */
export function getEvidenceFigures(viewer: Viewer): Promise<{ value: Evidence; computedAt: Date }> {
  return cachedFigures(`evidence|${scopeKey(viewer)}|${todayUtc()}|${FIGURES_SHAPE}`, () => getEvidence(viewer));
}

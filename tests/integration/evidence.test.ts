// The evidence page's figures over the demo seed, each recomputed here from plain rows: the plan
// origins add up to the published plans, every argument's deciding figure counts what its rule
// says, and each verdict is the one its rule gives on those figures.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getEvidence, getEvidenceFigures } from "@/lib/domain/dashboard/evidence";
import { clearFigures } from "@/lib/domain/dashboard/figure-cache";
import { TARGETED_EXCHANGE_KINDS } from "@/lib/domain/evidence/argument-figures";
import { judge, VERDICT_RULES } from "@/lib/domain/evidence/verdicts";
import { PUBLIC_PLAN_STATUSES } from "@/lib/platform/authz/where";
import { Prisma } from "@/lib/platform/db/generated/client";
import { seed } from "@/prisma/seed";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

const TODAY = "2026-12-02";
const published = { status: { in: [...PUBLIC_PLAN_STATUSES] } };
let evidence: Awaited<ReturnType<typeof getEvidence>>;

beforeAll(async () => {
  await seed(test.db, { demo: true });
  evidence = await getEvidence(null, TODAY);
}, 120_000);

const met = (p: { actualValue: Prisma.Decimal | null; targetValue: Prisma.Decimal | null }, ascending: boolean) =>
  ascending ? p.actualValue!.gte(p.targetValue!) : p.actualValue!.lte(p.targetValue!);

describe("the plan origins on the evidence page", () => {
  it("add up to the published plans, every origin counted, 'other' included", async () => {
    const plans = await test.db.plan.findMany({ where: published, select: { origin: true } });
    const { byOrigin, total } = evidence.planOrigins;
    expect(Object.values(byOrigin).reduce((sum, n) => sum + n, 0)).toBe(total);
    expect(total).toBe(plans.length);
    // The share of plans owned at home is over the same plans: its "of N" is this total.
    expect(evidence.ownCountryPlans.total).toBe(total);
    expect(evidence.plansByKind.action + evidence.plansByKind.remediation).toBe(total);
    for (const origin of ["REVIEW_FINDING", "COUNCIL_DECISION", "PUBLIC_SUBMISSION", "OTHER"] as const) {
      expect(byOrigin[origin], origin).toBe(plans.filter((plan) => plan.origin === origin).length);
    }
    // The demo publishes a plan of another origin: the page once left it out of its counts.
    expect(byOrigin.OTHER).toBeGreaterThan(0);
  });
});

describe("each argument's deciding figure", () => {
  it("counts what its rule says, over published records only", async () => {
    const periods = await test.db.indicatorPeriod.findMany({
      where: { actualValue: { not: null }, targetValue: { not: null }, indicator: { program: { visibility: "PUBLISHED" } } },
      select: { actualValue: true, targetValue: true, indicator: { select: { ascending: true, program: { select: { type: true, events: { select: { kind: true } } } } } } },
    });
    const learning = periods.filter((p) => p.indicator.program.events.some((e) => ["WORKSHOP", "TRAINING", "STUDY_VISIT"].includes(e.kind)));
    expect(evidence.learningResults).toEqual({ reported: learning.length, met: learning.filter((p) => met(p, p.indicator.ascending)).length });
    const financial = periods.filter((p) => p.indicator.program.type === "FINANCIAL_ASSISTANCE");
    expect(evidence.targets).toEqual({ reported: financial.length, met: financial.filter((p) => met(p, p.indicator.ascending)).length });

    const exchanges = await test.db.informationExchange.findMany({ where: { isPublic: true, kind: { in: [...TARGETED_EXCHANGE_KINDS] } }, select: { _count: { select: { provisions: true } } } });
    expect(evidence.targetedExchanges).toEqual({ total: exchanges.length, tied: exchanges.filter((x) => x._count.provisions > 0).length });

    const measures = await test.db.measure.findMany({ where: { plan: published }, select: { status: true } });
    expect(evidence.settledMeasures).toBe(measures.filter((m) => m.status !== "SCHEDULED").length);

    const funded = await test.db.cooperationProgram.findMany({
      where: { visibility: "PUBLISHED", transactions: { some: { type: "DISBURSEMENT" } } },
      select: { indicators: { select: { baselineValue: true, baselineText: true, periods: { select: { dueDate: true, actualValue: true, actualText: true } } } } },
    });
    const today = new Date(new Date().toISOString().slice(0, 10));
    const monitored = funded.filter(
      (p) =>
        p.indicators.length > 0 &&
        p.indicators.every((i) => i.baselineValue !== null || i.baselineText !== null) &&
        p.indicators.every((i) => i.periods.every((period) => period.dueDate >= today || period.actualValue !== null || period.actualText !== null)),
    );
    expect(evidence.fundedPrograms).toEqual({ total: funded.length, monitored: monitored.length });
  });

  it("gives each argument the verdict its rule gives on those figures", () => {
    const shares = {
      for1: { part: evidence.learningResults.met, whole: evidence.learningResults.reported },
      for2: { part: evidence.targets.met, whole: evidence.targets.reported },
      for3: { part: evidence.targetedExchanges.tied, whole: evidence.targetedExchanges.total },
      against1: { part: evidence.measures.MET ?? 0, whole: evidence.settledMeasures },
      against2: { part: evidence.ownCountryPlans.own, whole: evidence.ownCountryPlans.total },
      against3: { part: evidence.fundedPrograms.monitored, whole: evidence.fundedPrograms.total },
    };
    for (const [key, share] of Object.entries(shares)) {
      expect(evidence.verdicts[key as keyof typeof shares], key).toBe(judge(VERDICT_RULES[key as keyof typeof shares], share));
    }
  });
});

describe("how public submissions fare, beside \"not binding enough\"", () => {
  it("counts the seed's submissions from plain rows, drafts aside, with medians and deadlines in calendar days", async () => {
    const rows = await test.db.submission.findMany({
      where: { status: { not: "DRAFT" } },
      select: {
        status: true,
        filedAt: true,
        decidedAt: true,
        decisionDueOn: true,
        reportedAt: true,
        recommendations: { select: { followUps: { select: { plan: { select: { status: true } } } } } },
      },
    });
    const days = (from: Date, to: Date) => Math.round((Date.parse(to.toISOString().slice(0, 10)) - Date.parse(from.toISOString().slice(0, 10))) / 86_400_000);
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length === 0 ? null : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    const reported = rows.filter((row) => row.status === "REPORTED" || row.status === "CLOSED");
    const accepted = rows.filter((row) => ["ACCEPTED", "UNDER_REVIEW", "REPORTED", "CLOSED"].includes(row.status));
    const toDecision = rows.filter((row) => row.filedAt && row.decidedAt).map((row) => days(row.filedAt!, row.decidedAt!));
    const toReport = accepted.filter((row) => row.decidedAt && row.reportedAt).map((row) => days(row.decidedAt!, row.reportedAt!));
    const waiting = (row: (typeof rows)[number]) => (row.status === "FILED" || row.status === "ACKNOWLEDGED") && row.decisionDueOn !== null && row.decisionDueOn.toISOString().slice(0, 10) < TODAY;
    const due = rows.filter((row) => row.decisionDueOn && (row.decidedAt || waiting(row)));
    expect(evidence.submissions).toMatchObject({
      filed: rows.length,
      accepted: accepted.length,
      reported: reported.length,
      followedByPlan: reported.filter((row) => row.recommendations.some((r) => r.followUps.some((f) => f.plan && (PUBLIC_PLAN_STATUSES as readonly string[]).includes(f.plan.status)))).length,
      daysToDecision: { median: median(toDecision), count: toDecision.length },
      daysToReport: { median: median(toReport), count: toReport.length },
      decisions: { due: due.length, inTime: due.filter((row) => row.decidedAt && row.decidedAt.toISOString().slice(0, 10) <= row.decisionDueOn!.toISOString().slice(0, 10)).length },
    });
  });
});

describe("the figures of the ways to improve cooperation", () => {
  it("count the money per year, the people at events and the plans, over published records", async () => {
    const attendance = await test.db.attendance.findMany({ where: { event: { program: { visibility: "PUBLISHED" } } }, select: { constituency: true, women: true, men: true } });
    const people = (rows: typeof attendance) => rows.reduce((sum, a) => sum + a.women + a.men, 0);
    expect(evidence.attendance).toEqual({ people: people(attendance), civilSociety: people(attendance.filter((a) => a.constituency !== "GOVERNMENT" && a.constituency !== "OTHER")) });

    const money = await test.db.transaction.findMany({ where: { type: { in: ["COMMITMENT", "DISBURSEMENT"] }, program: { visibility: "PUBLISHED" } }, select: { type: true, date: true, amount: true, currencyCode: true } });
    const latest = Math.max(...money.map((t) => t.date.getUTCFullYear()));
    const sums = new Map<string, { committed: Prisma.Decimal; disbursed: Prisma.Decimal }>();
    for (const t of money.filter((t) => t.date.getUTCFullYear() > latest - 5)) {
      const key = `${t.date.getUTCFullYear()}|${t.currencyCode}`;
      const sum = sums.get(key) ?? { committed: new Prisma.Decimal(0), disbursed: new Prisma.Decimal(0) };
      if (t.type === "COMMITMENT") sum.committed = sum.committed.plus(t.amount);
      else sum.disbursed = sum.disbursed.plus(t.amount);
      sums.set(key, sum);
    }
    expect(Object.fromEntries(evidence.fundingByYear.map((row) => [`${row.year}|${row.currency}`, [new Prisma.Decimal(row.committed).toString(), new Prisma.Decimal(row.disbursed).toString()]]))).toEqual(
      Object.fromEntries([...sums].map(([key, sum]) => [key, [sum.committed.toString(), sum.disbursed.toString()]])),
    );
  });
});

describe("the evidence page's kept figures", () => {
  it("are the live figures, computed once and then served from the figure cache to every instance", async () => {
    await clearFigures(test.db);
    const first = await getEvidenceFigures(null);
    // As stored (JSON): the same figures the live computation gives.
    expect(first.value).toEqual(JSON.parse(JSON.stringify(await getEvidence(null))));
    const kept = await test.db.figureCache.findMany({ where: { key: { startsWith: "evidence|public|" } } });
    expect(kept).toHaveLength(1);
    // Within the minute, a second request is answered with the kept figures, not a new computation.
    await test.db.figureCache.update({ where: { key: kept[0]!.key }, data: { value: { ...first.value, settledMeasures: -1 } } });
    const second = await getEvidenceFigures(null);
    expect(second.computedAt).toEqual(first.computedAt);
    expect(second.value.settledMeasures).toBe(-1);
  });
});

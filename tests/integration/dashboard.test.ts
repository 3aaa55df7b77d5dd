// The dashboard's figures against independent counts over the demo seed: every aggregate is
// recomputed here from plain rows in JavaScript, for the public and for an analyst, with and
// without filters.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { getDashboard, type TDashboardFilter } from "@/lib/domain/dashboard/dashboard";
import { getEvidence } from "@/lib/domain/dashboard/evidence";
import { overdueWhere } from "@/lib/domain/submissions/list-submissions";
import { Prisma } from "@/lib/platform/db/generated/client";
import { seed } from "@/prisma/seed";
import { createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

const TODAY = "2026-12-02";
let analyst: Actor;
let usmca: string;

beforeAll(async () => {
  await seed(test.db, { demo: true });
  analyst = await createActor(test.db, "ANALYST");
  usmca = (await test.db.agreement.findUniqueOrThrow({ where: { shortName: "USMCA" } })).id;
}, 120_000);

/** The programs a viewer reads under a filter, as plain rows with everything the figures need. */
async function programsFor(publicOnly: boolean, filter: TDashboardFilter) {
  const programs = await test.db.cooperationProgram.findMany({
    where: {
      ...(publicOnly && { visibility: "PUBLISHED" }),
      ...(filter.agreement && { agreementId: filter.agreement }),
      ...(filter.type && { type: filter.type }),
      ...(filter.country && { beneficiaries: { some: { countryCode: filter.country } } }),
    },
    select: {
      id: true,
      type: true,
      status: true,
      participants: { select: { organisation: { select: { kind: true } } } },
      transactions: { select: { type: true, amount: true, currencyCode: true, date: true } },
      indicators: { select: { baselineValue: true, baselineText: true, periods: { select: { dueDate: true, actualValue: true, actualText: true } } } },
      events: { select: { attendance: { select: { constituency: true, women: true, men: true } } } },
    },
  });
  return programs;
}

const add = (a: string, b: Prisma.Decimal) => new Prisma.Decimal(a).plus(b).toString();

async function expected(publicOnly: boolean, filter: TDashboardFilter) {
  const programs = await programsFor(publicOnly, filter);
  const byType = new Map<string, { committed: string; disbursed: string; spent: string }>();
  for (const program of programs) {
    for (const t of program.transactions) {
      const key = `${program.type}|${t.currencyCode}`;
      const sums = byType.get(key) ?? { committed: "0", disbursed: "0", spent: "0" };
      if (t.type === "COMMITMENT") sums.committed = add(sums.committed, t.amount);
      if (t.type === "DISBURSEMENT") sums.disbursed = add(sums.disbursed, t.amount);
      if (t.type === "EXPENDITURE") sums.spent = add(sums.spent, t.amount);
      byType.set(key, sums);
    }
  }
  const funded = programs.filter((p) => p.transactions.some((t) => t.type === "COMMITMENT" || t.type === "DISBURSEMENT"));
  const overdue = (p: (typeof programs)[number]) =>
    p.indicators.some((i) => i.periods.some((period) => period.dueDate.toISOString().slice(0, 10) < TODAY && period.actualValue === null && period.actualText === null));
  const withoutBaseline = (p: (typeof programs)[number]) => p.indicators.some((i) => i.baselineValue === null && i.baselineText === null);
  const attendance = programs.flatMap((p) => p.events.flatMap((e) => e.attendance));
  const people = attendance.reduce((sum, a) => sum + a.women + a.men, 0);
  return {
    total: programs.length,
    byType: Object.fromEntries([...byType].map(([key, sums]) => [key, sums])),
    byStatusAndType: Object.fromEntries(
      Object.entries(
        programs.reduce<Record<string, number>>((counts, p) => ({ ...counts, [`${p.status}|${p.type}`]: (counts[`${p.status}|${p.type}`] ?? 0) + 1 }), {}),
      ),
    ),
    civilSociety: programs.filter((p) => p.participants.some((pa) => ["WORKERS_ORGANISATION", "EMPLOYERS_ORGANISATION", "NGO"].includes(pa.organisation.kind))).length,
    funded: funded.length,
    moneyWithoutMonitoring: funded.filter((p) => p.indicators.length === 0 || withoutBaseline(p) || overdue(p)).length,
    fundedWithoutIndicators: funded.filter((p) => p.indicators.length === 0).length,
    people,
    women: attendance.reduce((sum, a) => sum + a.women, 0),
  };
}

const normalise = (value: string) => new Prisma.Decimal(value).toString();

async function compare(viewer: Actor | null, filter: TDashboardFilter) {
  // The dashboard's "overdue reports" use the database's current date; the independent count uses
  // the same day, so run the comparison with today's date.
  const today = new Date().toISOString().slice(0, 10);
  const dashboard = await getDashboard(viewer, filter, today);
  const want = await expected(viewer === null, filter);
  expect(dashboard.programs.total).toBe(want.total);
  expect(Object.fromEntries(dashboard.programs.byStatusAndType.map((row) => [`${row.status}|${row.type}`, row.count]))).toEqual(want.byStatusAndType);
  expect(
    Object.fromEntries(
      dashboard.funding.byType.map((row) => [`${row.type}|${row.currency}`, { committed: normalise(row.committed), disbursed: normalise(row.disbursed), spent: normalise(row.spent) }]),
    ),
  ).toEqual(want.byType);
  expect(dashboard.civilSociety).toEqual({ programs: want.civilSociety, total: want.total });
  expect(dashboard.health).toMatchObject({ funded: want.funded, moneyWithoutMonitoring: want.moneyWithoutMonitoring, fundedWithoutIndicators: want.fundedWithoutIndicators });
  expect({ people: dashboard.balance.people, women: dashboard.balance.women }).toEqual({ people: want.people, women: want.women });
  return dashboard;
}

describe("the dashboard", () => {
  it("equals independent counts over the seed, for the public", async () => {
    const dashboard = await compare(null, {});
    expect(dashboard.programs.total).toBeGreaterThan(20);
    expect(dashboard.funding.byType.length).toBeGreaterThan(2);
  });

  it("equals independent counts for an analyst, who also sees drafts", async () => {
    const publicTotal = (await getDashboard(null, {})).programs.total;
    const dashboard = await compare(analyst, {});
    expect(dashboard.programs.total).toBeGreaterThan(publicTotal);
  });

  it("equals independent counts under filters", async () => {
    await compare(null, { agreement: usmca });
    await compare(analyst, { agreement: usmca, type: "FINANCIAL_ASSISTANCE" });
    await compare(analyst, { country: "GT" });
  });

  it("counts a year's money by transaction date and plans by the readable ones", async () => {
    const dashboard = await getDashboard(analyst, { agreement: usmca, year: 2024 });
    const rows = await test.db.transaction.findMany({
      where: {
        date: { gte: new Date("2024-01-01"), lt: new Date("2025-01-01") },
        program: { agreementId: usmca, OR: [{ actualStart: { lte: new Date("2024-12-31") } }, { actualStart: null, plannedStart: { lte: new Date("2024-12-31") } }] },
      },
      select: { amount: true, type: true, currencyCode: true, program: { select: { actualStart: true, plannedStart: true, actualEnd: true, plannedEnd: true } } },
    });
    const running = rows.filter(({ program }) => (program.actualEnd ?? program.plannedEnd ?? new Date("9999-12-31")) >= new Date("2024-01-01"));
    const disbursed = running.filter((t) => t.type === "DISBURSEMENT").reduce((sum, t) => sum.plus(t.amount), new Prisma.Decimal(0));
    const fromDashboard = dashboard.funding.byYear.reduce((sum, row) => sum.plus(row.disbursed), new Prisma.Decimal(0));
    expect(fromDashboard.toString()).toBe(disbursed.toString());
    expect(dashboard.funding.byYear.every((row) => row.year === 2024)).toBe(true);

    const awaiting = await test.db.plan.count({ where: { agreementId: usmca, status: { in: ["SUBMITTED", "UNDER_REVIEW"] } } });
    expect(dashboard.plans.awaitingReview).toBe(awaiting);
    const measures = await test.db.measure.findMany({ where: { plan: { agreementId: usmca, status: { notIn: ["DRAFT", "CLOSED"] } } }, select: { dueDate: true, status: true } });
    expect((await getDashboard(analyst, { agreement: usmca }, TODAY)).plans.overdueMeasures).toBe(
      measures.filter((m) => m.status !== "MET" && m.dueDate.toISOString().slice(0, 10) < TODAY).length,
    );
  });
});

describe("the dashboard's public submissions", () => {
  it("are the evidence page's figures, with the overdue ones those the docket lists, under the agreement filter too", async () => {
    const dashboard = await getDashboard(null, {}, TODAY);
    expect(dashboard.submissions).toEqual((await getEvidence(null, TODAY)).submissions);
    expect(dashboard.submissions.overdue.decisions + dashboard.submissions.overdue.reports).toBe(await test.db.submission.count({ where: overdueWhere(new Date(TODAY)) }));
    const filtered = (await getDashboard(null, { agreement: usmca }, TODAY)).submissions;
    expect(filtered.filed).toBe(await test.db.submission.count({ where: { agreementId: usmca, status: { not: "DRAFT" } } }));
    expect(filtered.overdue.decisions + filtered.overdue.reports).toBe(await test.db.submission.count({ where: { AND: [{ agreementId: usmca }, overdueWhere(new Date(TODAY))] } }));
  });
});

describe("the evidence page's figures", () => {
  it("equal independent counts over what the public may read", async () => {
    const evidence = await getEvidence(null, TODAY);
    const publicPlans = { status: { in: ["APPROVED", "IN_PROGRESS", "COMPLETED", "CLOSED"] as ("APPROVED" | "IN_PROGRESS" | "COMPLETED" | "CLOSED")[] } };
    const measures = await test.db.measure.findMany({ where: { plan: publicPlans }, select: { status: true, dueDate: true, plan: { select: { status: true } } } });
    expect(evidence.measures.MET ?? 0).toBe(measures.filter((m) => m.status === "MET").length);
    expect(evidence.measures.NOT_MET ?? 0).toBe(measures.filter((m) => m.status === "NOT_MET").length);
    expect(evidence.overdueMeasures).toBe(measures.filter((m) => m.status !== "MET" && m.plan.status !== "CLOSED" && m.dueDate.toISOString().slice(0, 10) < TODAY).length);

    const exchanges = await test.db.informationExchange.findMany({ where: { isPublic: true }, select: { fromCountryCode: true, kind: true } });
    expect(evidence.bestPractice.exchanges).toBe(exchanges.filter((x) => x.kind === "BEST_PRACTICE").length);
    expect(Object.fromEntries(evidence.exchangesByParty.map((row) => [row.code, row.count]))).toEqual(
      exchanges.reduce<Record<string, number>>((counts, x) => ({ ...counts, [x.fromCountryCode]: (counts[x.fromCountryCode] ?? 0) + 1 }), {}),
    );

    const disbursed = await test.db.transaction.findMany({ where: { type: "DISBURSEMENT", program: { visibility: "PUBLISHED" } }, select: { amount: true, currencyCode: true } });
    const totals = disbursed.reduce<Record<string, Prisma.Decimal>>((sums, t) => ({ ...sums, [t.currencyCode]: (sums[t.currencyCode] ?? new Prisma.Decimal(0)).plus(t.amount) }), {});
    expect(Object.fromEntries(evidence.monitoredMoney.map((row) => [row.currency, new Prisma.Decimal(row.disbursed).toString()]))).toEqual(
      Object.fromEntries(Object.entries(totals).map(([currency, sum]) => [currency, sum.toString()])),
    );
    expect(evidence.monitoredMoney.every((row) => new Prisma.Decimal(row.monitored).lte(row.disbursed))).toBe(true);
  });
});

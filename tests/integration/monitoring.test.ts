// Indicators, reporting periods and monitoring health through /api/v1/programs/{id}/indicators.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { programHealth } from "@/lib/domain/monitoring/program-health";
import { createAgreement, createIndicator, createOrganisation, createProgram, createTransaction } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRoute, POST: createIndicatorRoute } = await import("@/app/api/v1/programs/[id]/indicators/route");
const { POST: createPeriodRoute } = await import("@/app/api/v1/programs/[id]/indicators/[indicatorId]/periods/route");
const { PATCH: patchIndicatorRoute, DELETE: deleteIndicatorRoute } = await import("@/app/api/v1/programs/[id]/indicators/[indicatorId]/route");
const { PATCH: patchPeriodRoute, DELETE: deletePeriodRoute } = await import("@/app/api/v1/programs/[id]/indicators/[indicatorId]/periods/[periodId]/route");
const { GET: programsRoute } = await import("@/app/api/v1/programs/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "cso" | "analyst", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = {} as { agreementId: string; stpsId: string };

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => ({
    agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
    stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
  }));
  Object.assign(refs, { agreementId: setup.agreement.id, stpsId: setup.stps.id });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

async function program() {
  return test.db.$transaction((tx) =>
    createProgram(tx, { agreementId: refs.agreementId, visibility: "PUBLISHED", reportingOrganisationId: refs.stpsId, participants: { create: [{ organisationId: refs.stpsId, role: "ACCOUNTABLE" }] } }),
  );
}

async function indicator(programId: string, body: Record<string, unknown>, token = tokens.govMx) {
  return createIndicatorRoute(apiRequest(`/api/v1/programs/${programId}/indicators`, { token, method: "POST", body }), params({ id: programId }));
}

async function period(programId: string, indicatorId: string, body: Record<string, unknown>) {
  return createPeriodRoute(apiRequest(`/api/v1/programs/${programId}/indicators/${indicatorId}/periods`, { token: tokens.govMx, method: "POST", body }), params({ id: programId, indicatorId }));
}

const childLabour = { title: "Share of children in work", level: "OUTCOME", measure: "PERCENTAGE", ascending: false, baselineYear: 2022, baseline: "12", unit: "%" };

async function created<T>(response: Response): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { data: T }).data;
}

async function fieldErrors(response: Response) {
  expect(response.status, await response.clone().text()).toBe(400);
  return ((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors;
}

describe("indicators and reporting periods", () => {
  it("refuses a second period starting on the same day with a field error, even when requests race", async () => {
    const { id: programId } = await program();
    const { id: indicatorId } = await created<{ id: string }>(await indicator(programId, childLabour));
    const body = { periodStart: "2024-01-01", periodEnd: "2024-12-31", target: "6" };
    const auditBefore = await test.db.auditEvent.count();
    const answers = await Promise.all(Array.from({ length: 10 }, () => period(programId, indicatorId, body)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(400)]);
    for (const answer of answers.filter((response) => response.status === 400)) {
      expect(await fieldErrors(answer)).toEqual({ periodStart: ["This indicator already has a period starting on this day."] });
    }
    expect(await test.db.auditEvent.count()).toBe(auditBefore + 1);

    const later = await created<{ id: string; version: number }>(await period(programId, indicatorId, { periodStart: "2025-01-01", periodEnd: "2025-12-31" }));
    const moved = await patchPeriodRoute(
      apiRequest(`/api/v1/programs/${programId}/indicators/${indicatorId}/periods/${later.id}`, {
        token: tokens.govMx,
        method: "PATCH",
        body: { version: later.version, periodStart: "2024-01-01", periodEnd: "2024-12-31" },
      }),
      params({ id: programId, indicatorId, periodId: later.id }),
    );
    expect(await fieldErrors(moved)).toEqual({ periodStart: ["This indicator already has a period starting on this day."] });
  });

  it("reports an actual against a target and shows the progress of a descending indicator", async () => {
    const { id: programId } = await program();
    const { id: indicatorId } = await created<{ id: string }>(await indicator(programId, childLabour));
    const { id: periodId, version } = await created<{ id: string; version: number }>(
      await period(programId, indicatorId, { periodStart: "2025-01-01", periodEnd: "2025-12-31", target: "4" }),
    );
    const report = await patchPeriodRoute(
      apiRequest(`/api/v1/programs/${programId}/indicators/${indicatorId}/periods/${periodId}`, {
        token: tokens.govMx,
        method: "PATCH",
        body: { version, periodStart: "2025-01-01", periodEnd: "2025-12-31", target: "4", actual: "8", comment: "Household survey, 2025." },
      }),
      params({ id: programId, indicatorId, periodId }),
    );
    expect(report.status).toBe(200);
    const list = (await (await listRoute(apiRequest(`/api/v1/programs/${programId}/indicators`), params({ id: programId }))).json()) as {
      data: { periods: { progressPercent: string; overdue: boolean; reportedBy: string; dueDate: string }[] }[];
    };
    expect(list.data[0]!.periods[0]).toMatchObject({ progressPercent: "50.0", overdue: false, reportedBy: actors.govMx.name, dueDate: "2026-03-01T00:00:00.000Z" });
    expect(await test.db.auditEvent.count({ where: { entityId: programId, action: { startsWith: "indicator." } } })).toBe(3);
  });

  it("refuses text such as N/A for a numeric indicator, and takes text for a qualitative one", async () => {
    const { id: programId } = await program();
    const numeric = await created<{ id: string }>(await indicator(programId, childLabour));
    const errors = await fieldErrors(await period(programId, numeric.id, { periodStart: "2025-01-01", periodEnd: "2025-12-31", target: "4", actual: "N/A" }));
    expect(errors.actual?.[0]).toMatch(/Enter a number/);
    expect(Object.keys(await fieldErrors(await indicator(programId, { ...childLabour, baseline: "about twelve" })))).toEqual(["baseline"]);
    const qualitative = await created<{ id: string }>(
      await indicator(programId, { title: "Quality of social dialogue", level: "OUTCOME", measure: "QUALITATIVE", ascending: true, baseline: "Councils meet rarely" }),
    );
    await created(await period(programId, qualitative.id, { periodStart: "2025-01-01", periodEnd: "2025-12-31", target: "Councils meet quarterly", actual: "Met twice" }));
    const stored = await test.db.indicatorPeriod.findFirstOrThrow({ where: { indicatorId: qualitative.id } });
    expect(stored).toMatchObject({ targetText: "Councils meet quarterly", actualText: "Met twice", targetValue: null, actualValue: null });
  });

  it.each([
    ["no direction", { ascending: undefined }, "ascending"],
    ["an unknown level", { level: "RESULT" }, "level"],
    ["a baseline year of 1800", { baselineYear: 1800 }, "baselineYear"],
  ])("refuses an indicator with %s", async (_label, overrides, field) => {
    const { id: programId } = await program();
    expect(Object.keys(await fieldErrors(await indicator(programId, { ...childLabour, ...overrides })))).toContain(field);
  });

  it("refuses a period that ends before it starts or is due before it ends, and a second period on the same start", async () => {
    const { id: programId } = await program();
    const { id: indicatorId } = await created<{ id: string }>(await indicator(programId, childLabour));
    expect(Object.keys(await fieldErrors(await period(programId, indicatorId, { periodStart: "2025-12-31", periodEnd: "2025-01-01" })))).toEqual(["periodEnd"]);
    expect(Object.keys(await fieldErrors(await period(programId, indicatorId, { periodStart: "2025-01-01", periodEnd: "2025-12-31", dueDate: "2025-06-30" })))).toEqual(["dueDate"]);
    await created(await period(programId, indicatorId, { periodStart: "2025-01-01", periodEnd: "2025-12-31" }));
    expect(Object.keys(await fieldErrors(await period(programId, indicatorId, { periodStart: "2025-01-01", periodEnd: "2025-06-30" })))).toEqual(["periodStart"]);
  });

  it("refuses stale edits and deletions of indicators and periods with 409, and removes only at the version seen", async () => {
    const { id: programId } = await program();
    const { id: indicatorId } = await created<{ id: string }>(await indicator(programId, childLabour));
    const { id: periodId } = await created<{ id: string }>(await period(programId, indicatorId, { periodStart: "2025-01-01", periodEnd: "2025-12-31", target: "4" }));
    const periodUrl = `/api/v1/programs/${programId}/indicators/${indicatorId}/periods/${periodId}`;
    const patchPeriod = (version: number, target: string) =>
      patchPeriodRoute(apiRequest(periodUrl, { token: tokens.govMx, method: "PATCH", body: { version, periodStart: "2025-01-01", periodEnd: "2025-12-31", target } }), params({ id: programId, indicatorId, periodId }));
    const removePeriod = (version: number) => deletePeriodRoute(apiRequest(`${periodUrl}?version=${version}`, { token: tokens.govMx, method: "DELETE" }), params({ id: programId, indicatorId, periodId }));
    expect((await patchPeriod(1, "5")).status).toBe(200);
    const stalePeriod = await patchPeriod(1, "6");
    expect(stalePeriod.status).toBe(409);
    expect(((await stalePeriod.json()) as { error: { message: string } }).error.message).toContain("Someone else changed this reporting period");
    expect((await removePeriod(1)).status).toBe(409);
    expect((await test.db.indicatorPeriod.findUniqueOrThrow({ where: { id: periodId } })).targetValue?.toString()).toBe("5");
    expect((await removePeriod(2)).status).toBe(204);

    const indicatorUrl = `/api/v1/programs/${programId}/indicators/${indicatorId}`;
    const patchIndicator = (version: number, title: string) =>
      patchIndicatorRoute(apiRequest(indicatorUrl, { token: tokens.govMx, method: "PATCH", body: { ...childLabour, version, title } }), params({ id: programId, indicatorId }));
    const removeIndicator = (version: number) => deleteIndicatorRoute(apiRequest(`${indicatorUrl}?version=${version}`, { token: tokens.govMx, method: "DELETE" }), params({ id: programId, indicatorId }));
    expect((await patchIndicator(1, "Children in work")).status).toBe(200);
    const staleIndicator = await patchIndicator(1, "Working children");
    expect(staleIndicator.status).toBe(409);
    expect(((await staleIndicator.json()) as { error: { message: string } }).error.message).toContain("Someone else changed this indicator");
    expect((await removeIndicator(1)).status).toBe(409);
    expect((await test.db.indicator.findUniqueOrThrow({ where: { id: indicatorId } })).title).toBe("Children in work");
    expect((await removeIndicator(2)).status).toBe(204);

    const audit = await test.db.auditEvent.findMany({ where: { entityId: programId, action: { in: ["indicator.update", "indicator.delete", "indicator.period.update", "indicator.period.delete"] } }, orderBy: { at: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["indicator.period.update", "indicator.period.delete", "indicator.update", "indicator.delete"]);
    expect(audit[0]).toMatchObject({ before: { indicatorId, period: { id: periodId, targetValue: "4" } }, after: { indicatorId, period: { id: periodId, targetValue: "5", version: 2 } } });
    expect(audit[1]).toMatchObject({ before: { indicatorId, period: { id: periodId, version: 2 } }, after: null });
    expect(audit[2]).toMatchObject({ before: { indicator: { id: indicatorId, title: childLabour.title } }, after: { indicator: { title: "Children in work", version: 2 } } });
    expect(audit[3]).toMatchObject({ before: { indicator: { id: indicatorId, version: 2 } }, after: null });
  });

  it("lets only ministries of the program's country and administrators write", async () => {
    const { id: programId } = await program();
    expect((await indicator(programId, childLabour, tokens.cso)).status).toBe(403);
    expect((await indicator(programId, childLabour, tokens.analyst)).status).toBe(403);
    expect(await test.db.indicator.count({ where: { programId } })).toBe(0);
  });
});

describe("monitoring health", () => {
  const money = (programId: string, type: "COMMITMENT" | "DISBURSEMENT" | "EXPENDITURE", amount: string, currencyCode = "USD") =>
    createTransaction(test.db, { programId, type, amount, currencyCode });

  async function flagsOf(programId: string) {
    return (await programHealth([programId])).get(programId)!;
  }

  it("flags money committed or disbursed without indicators", async () => {
    const { id } = await program();
    expect((await flagsOf(id)).fundedWithoutIndicators).toBe(false);
    await money(id, "COMMITMENT", "1000");
    expect((await flagsOf(id)).fundedWithoutIndicators).toBe(true);
    await createIndicator(test.db, { programId: id, baselineValue: "0" });
    expect((await flagsOf(id)).fundedWithoutIndicators).toBe(false);
  });

  it("flags indicators without a baseline", async () => {
    const { id } = await program();
    await createIndicator(test.db, { programId: id });
    expect((await flagsOf(id)).indicatorsWithoutBaseline).toBe(true);
    await test.db.indicator.updateMany({ where: { programId: id }, data: { baselineValue: "0" } });
    expect((await flagsOf(id)).indicatorsWithoutBaseline).toBe(false);
  });

  it("flags a report past its due date with no actual, and not one that was reported", async () => {
    const { id } = await program();
    const dueYesterday = new Date(Date.now() - 86_400_000);
    const {
      periods: [row],
    } = await createIndicator(test.db, {
      programId: id,
      baselineValue: "0",
      periods: [{ periodStart: new Date("2024-01-01"), periodEnd: new Date("2024-12-31"), dueDate: dueYesterday, targetValue: "10" }],
    });
    expect((await flagsOf(id)).overdueReports).toBe(true);
    await test.db.indicatorPeriod.update({ where: { id: row!.id }, data: { actualValue: "7" } });
    expect((await flagsOf(id)).overdueReports).toBe(false);
    await test.db.indicatorPeriod.update({ where: { id: row!.id }, data: { actualValue: null, dueDate: new Date(Date.now() + 2 * 86_400_000) } });
    expect((await flagsOf(id)).overdueReports).toBe(false);
  });

  it("flags more disbursed than committed, per currency", async () => {
    const { id } = await program();
    await money(id, "COMMITMENT", "100");
    await money(id, "DISBURSEMENT", "100");
    expect((await flagsOf(id)).disbursedOverCommitted).toBe(false);
    // A larger commitment in another currency does not cover dollars paid out.
    await money(id, "COMMITMENT", "5000", "MXN");
    await money(id, "DISBURSEMENT", "0.01");
    expect((await flagsOf(id)).disbursedOverCommitted).toBe(true);
  });

  it("flags expenditure with no disbursement", async () => {
    const { id } = await program();
    await money(id, "EXPENDITURE", "50");
    expect((await flagsOf(id)).expenditureWithoutDisbursement).toBe(true);
    await money(id, "DISBURSEMENT", "50");
    expect((await flagsOf(id)).expenditureWithoutDisbursement).toBe(false);
  });

  it("lists the money without monitoring through the program list's health filter", async () => {
    const funded = await program();
    const monitored = await program();
    await money(funded.id, "DISBURSEMENT", "10");
    await money(monitored.id, "DISBURSEMENT", "10");
    await createIndicator(test.db, { programId: monitored.id, baselineValue: "0" });
    const response = await programsRoute(apiRequest(`/api/v1/programs?health=moneyWithoutMonitoring&agreement=${refs.agreementId}&limit=100`), params({}));
    const ids = ((await response.json()) as { data: { id: string }[] }).data.map((row) => row.id);
    expect(ids).toContain(funded.id);
    expect(ids).not.toContain(monitored.id);
  });
});

// The program page's funding and monitoring forms and the exchange-rate page's forms, through their
// server actions: what they save for those who may, and what they refuse to everyone else.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": crypto.randomUUID() }), cookies: async () => new Map() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/platform/i18n/server", () => ({ getTranslations: async () => (key: string) => key }));

const funding = await import("@/lib/domain/funding/actions");
const monitoring = await import("@/lib/domain/monitoring/actions");
const { listFundingOrganisations } = await import("@/lib/domain/funding/list-funding-organisations");

const test = provideTestDatabase();
bindAppDatabase(test);

const IDLE = { status: "idle" } as const;
const actors = {} as Record<"govMx" | "govUs" | "admin" | "cso", Actor>;
let programId = "";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

beforeAll(async () => {
  const { agreement, stps } = await test.db.$transaction(async (tx) => ({
    agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
    stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
  }));
  programId = (await test.db.$transaction((tx) => createProgram(tx, { agreementId: agreement.id, visibility: "PUBLISHED", reportingOrganisationId: stps.id }))).id;
  actors.govMx = await createActor(test.db, "GOVERNMENT", { organisationId: stps.id });
  actors.govUs = await createActor(test.db, "GOVERNMENT", { country: "US" });
  actors.admin = await createActor(test.db, "ADMIN");
  actors.cso = await createActor(test.db, "CIVIL_SOCIETY");
});

const transaction = () => form({ programId, type: "DISBURSEMENT", date: "2026-03-31", amount: "1200.50", currencyCode: "USD" });
const budget = () => form({ programId, type: "ORIGINAL", status: "COMMITTED", periodStart: "2026-01-01", periodEnd: "2026-12-31", amount: "50000", currencyCode: "USD" });
const indicator = () => form({ programId, title: "Inspections made", level: "OUTPUT", measure: "UNIT", ascending: "true", baseline: "10" });

describe("the funding and monitoring forms", () => {
  it("save a transaction, a budget line, an indicator, a period and its report for the program's ministry", async () => {
    session.actor = actors.govMx;
    expect(await funding.addTransactionAction(IDLE, transaction())).toMatchObject({ status: "success", message: "transactionAdded" });
    expect(await funding.addBudgetAction(IDLE, budget())).toMatchObject({ status: "success", message: "budgetAdded" });
    expect(await monitoring.addIndicatorAction(IDLE, indicator())).toMatchObject({ status: "success", message: "indicatorAdded" });
    const { id: indicatorId } = await test.db.indicator.findFirstOrThrow({ where: { programId } });
    const periodFields = { programId, indicatorId, periodStart: "2026-01-01", periodEnd: "2026-12-31", target: "40" };
    expect(await monitoring.addPeriodAction(IDLE, form(periodFields))).toMatchObject({ status: "success", message: "periodAdded" });
    const { id: periodId, version } = await test.db.indicatorPeriod.findFirstOrThrow({ where: { indicatorId } });
    expect(await monitoring.reportPeriodAction(IDLE, form({ ...periodFields, periodId, version: String(version), actual: "25" }))).toMatchObject({ status: "success", message: "reported" });
    const stale = await monitoring.reportPeriodAction(IDLE, form({ ...periodFields, periodId, version: String(version), actual: "30" }));
    session.actor = null;

    expect(stale).toMatchObject({ status: "error" });
    expect(stale.message).toContain("Someone else changed this reporting period");
    expect(await test.db.transaction.count({ where: { programId, amount: "1200.50" } })).toBe(1);
    expect(await test.db.budget.count({ where: { programId, amount: "50000" } })).toBe(1);
    expect((await test.db.indicatorPeriod.findUniqueOrThrow({ where: { id: periodId } })).actualValue?.toString()).toBe("25");
    const actions = await test.db.auditEvent.findMany({ where: { entityId: programId }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["transaction.create", "budget.create", "indicator.create", "indicator.period.create", "indicator.period.update"]);
  });

  it("refuse another country's ministry and say why, saving nothing", async () => {
    const before = await test.db.auditEvent.count();
    session.actor = actors.govUs;
    const answers = [await funding.addTransactionAction(IDLE, transaction()), await funding.addBudgetAction(IDLE, budget()), await monitoring.addIndicatorAction(IDLE, indicator())];
    session.actor = null;
    for (const answer of answers) expect(answer).toMatchObject({ status: "error", message: expect.stringMatching(/reported by/) });
    expect(await test.db.auditEvent.count()).toBe(before);
  });
});

describe("the funding forms' choice of provider and receiver", () => {
  it("offers every organisation, named with its acronym and country, to those who record money, and to no one else", async () => {
    const stps = await test.db.organisation.findUniqueOrThrow({ where: { id: actors.govMx.organisationId } });
    const choices = await listFundingOrganisations(actors.govMx);
    expect(choices).toHaveLength(await test.db.organisation.count());
    expect(choices).toContainEqual({ value: stps.id, label: `${stps.name}${stps.acronym ? ` (${stps.acronym})` : ""} · MX` });
    await expect(listFundingOrganisations(actors.cso)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the exchange-rate forms", () => {
  it("add and remove a rate for an administrator, and refuse a ministry", async () => {
    const rate = form({ currencyCode: "EUR", quoteCurrencyCode: "USD", rate: "1.0825", validOn: "2026-11-27" });
    session.actor = actors.govMx;
    const refused = await funding.createExchangeRateAction(IDLE, rate);
    session.actor = actors.admin;
    const added = await funding.createExchangeRateAction(IDLE, rate);
    const { id } = await test.db.exchangeRate.findFirstOrThrow({ where: { currencyCode: "EUR", validOn: new Date("2026-11-27") } });
    const removed = await funding.deleteExchangeRateAction(IDLE, form({ id }));
    session.actor = null;

    expect(refused).toMatchObject({ status: "error" });
    expect(added).toMatchObject({ status: "success", message: "added" });
    expect(removed).toMatchObject({ status: "success", message: "removed" });
    expect(await test.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" }, select: { action: true } })).toEqual([{ action: "exchangeRate.create" }, { action: "exchangeRate.delete" }]);
  });
});

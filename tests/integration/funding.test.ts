// Budgets and transactions through /api/v1/programs/{id}/budgets and /transactions: exact decimal
// money, validation, concurrency and permissions.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { Prisma } from "@/lib/platform/db/generated/client";
import { getProgramFunding } from "@/lib/domain/funding/get-program-funding";
import { createAgreement, createOrganisation, createProgram, createTransactions } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listTransactionsRoute, POST: createTransactionRoute } = await import("@/app/api/v1/programs/[id]/transactions/route");
const { PATCH: patchTransactionRoute, DELETE: deleteTransactionRoute } = await import("@/app/api/v1/programs/[id]/transactions/[transactionId]/route");
const { GET: listBudgetsRoute, POST: createBudgetRoute } = await import("@/app/api/v1/programs/[id]/budgets/route");
const { PATCH: patchBudgetRoute, DELETE: deleteBudgetRoute } = await import("@/app/api/v1/programs/[id]/budgets/[budgetId]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govCl" | "cso" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = {} as { draftId: string; publishedId: string; iloId: string; agreementId: string; stpsId: string };

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const ilo = await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null });
    const make = (visibility: "DRAFT" | "PUBLISHED") =>
      createProgram(tx, { agreementId: agreement.id, visibility, reportingOrganisationId: stps.id, participants: { create: [{ organisationId: stps.id, role: "ACCOUNTABLE" }] } });
    return { agreement, stps, ilo, draft: await make("DRAFT"), published: await make("PUBLISHED") };
  });
  Object.assign(refs, { draftId: setup.draft.id, publishedId: setup.published.id, iloId: setup.ilo.id, agreementId: setup.agreement.id, stpsId: setup.stps.id });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govCl = await createActor(db, "GOVERNMENT", { country: "CL" });
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

const disbursement = (overrides: Record<string, unknown> = {}) => ({ type: "DISBURSEMENT", date: "2026-03-31", amount: "125000.50", currencyCode: "USD", providerId: refs.iloId, ...overrides });

function postTransaction(programId: string, body: unknown, token: string | null = tokens.govMx) {
  return createTransactionRoute(apiRequest(`/api/v1/programs/${programId}/transactions`, { token: token ?? undefined, method: "POST", body }), params({ id: programId }));
}

async function fieldErrors(response: Response) {
  expect(response.status, await response.clone().text()).toBe(400);
  return ((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors;
}

describe("transactions", () => {
  it("records a disbursement with its exact amount and audits it on the program", async () => {
    const response = await postTransaction(refs.draftId, disbursement());
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string; amount: string; provider: { id: string } } };
    expect(data).toMatchObject({ amount: "125000.5", provider: { id: refs.iloId } });
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: refs.draftId, action: "transaction.create" } });
    expect(event.after).toMatchObject({ transaction: { id: data.id, amount: "125000.5" } });
  });

  it.each([
    ["a disbursement dated tomorrow", { date: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }, "date"],
    ["an amount of zero", { amount: "0.00" }, "amount"],
    ["an amount of minus zero", { amount: "-0" }, "amount"],
    ["an amount written as N/A", { amount: "N/A" }, "amount"],
    ["a minus sign alone", { amount: "-" }, "amount"],
    ["a float with five decimals", { amount: 0.12345 }, "amount"],
    ["an unknown currency", { currencyCode: "XXZ" }, "currencyCode"],
    ["an unknown provider", { providerId: "nobody" }, "providerId"],
    ["an unknown type", { type: "LOAN" }, "type"],
    ["an impossible date", { date: "2026-13-01" }, "date"],
  ])("refuses %s on its field and records nothing", async (_label, overrides, field) => {
    const before = await test.db.transaction.count();
    const errors = await fieldErrors(await postTransaction(refs.draftId, disbursement(overrides)));
    expect(Object.keys(errors)).toContain(field);
    expect(await test.db.transaction.count()).toBe(before);
  });

  it("records a negative amount as a correction, which lowers the program's total", async () => {
    const program = await test.db.$transaction((tx) => createProgram(tx, { agreementId: refs.agreementId, reportingOrganisationId: refs.stpsId, visibility: "PUBLISHED" }));
    expect((await postTransaction(program.id, disbursement({ amount: "125000.50" }))).status).toBe(201);
    const response = await postTransaction(program.id, disbursement({ amount: "-25000.25", reference: "REVERSAL-1", description: "Part of the first tranche returned" }));
    expect(response.status, await response.clone().text()).toBe(201);
    const { data } = (await response.json()) as { data: { amount: string } };
    expect(data.amount).toBe("-25000.25");
    expect((await test.db.transaction.findFirstOrThrow({ where: { programId: program.id, reference: "REVERSAL-1" } })).amount.toString()).toBe("-25000.25");
    expect((await getProgramFunding(null, program.id)).totals).toEqual([{ type: "DISBURSEMENT", currencyCode: "USD", amount: "100000.25" }]);
  });

  it("refuses an amount of zero, saying it must not be zero", async () => {
    const errors = await fieldErrors(await postTransaction(refs.draftId, disbursement({ amount: "0.00" })));
    expect(errors.amount).toEqual(["Enter an amount other than zero; write a correction with a minus sign, such as -1250.50."]);
  });

  it("accepts a commitment dated in the future", async () => {
    const response = await postTransaction(refs.draftId, disbursement({ type: "COMMITMENT", date: "2030-01-01" }));
    expect(response.status).toBe(201);
  });

  it("refuses a stale edit with 409, and deletes only at the version seen", async () => {
    const { data } = (await (await postTransaction(refs.draftId, disbursement())).json()) as { data: { id: string } };
    const patch = (body: unknown) =>
      patchTransactionRoute(apiRequest(`/api/v1/programs/${refs.draftId}/transactions/${data.id}`, { token: tokens.govMx, method: "PATCH", body }), params({ id: refs.draftId, transactionId: data.id }));
    expect((await patch({ version: 1, ...disbursement({ amount: "200" }) })).status).toBe(200);
    expect((await patch({ version: 1, ...disbursement({ amount: "300" }) })).status).toBe(409);
    const remove = (version: number) =>
      deleteTransactionRoute(apiRequest(`/api/v1/programs/${refs.draftId}/transactions/${data.id}?version=${version}`, { token: tokens.govMx, method: "DELETE" }), params({ id: refs.draftId, transactionId: data.id }));
    expect((await remove(1)).status).toBe(409);
    expect((await test.db.transaction.findUniqueOrThrow({ where: { id: data.id } })).amount.toString()).toBe("200");
    expect((await remove(2)).status).toBe(204);
    expect(await test.db.transaction.count({ where: { id: data.id } })).toBe(0);
  });

  it("lets only ministries of the program's country and administrators write, and everyone who may read it list", async () => {
    expect((await postTransaction(refs.publishedId, disbursement(), tokens.cso)).status).toBe(403);
    expect((await postTransaction(refs.publishedId, disbursement(), tokens.analyst)).status).toBe(403);
    expect((await postTransaction(refs.publishedId, disbursement(), tokens.govCl)).status).toBe(403);
    expect((await postTransaction(refs.draftId, disbursement(), tokens.govCl)).status).toBe(404);
    expect((await postTransaction(refs.publishedId, disbursement(), null)).status).toBe(401);
    expect((await postTransaction(refs.publishedId, disbursement(), tokens.admin)).status).toBe(201);
    const list = (programId: string) => listTransactionsRoute(apiRequest(`/api/v1/programs/${programId}/transactions?type=DISBURSEMENT`), params({ id: programId }));
    expect((await list(refs.publishedId)).status).toBe(200);
    expect((await list(refs.draftId)).status).toBe(404);
  });
});

describe("budgets", () => {
  const budget = (overrides: Record<string, unknown> = {}) => ({ type: "ORIGINAL", status: "COMMITTED", periodStart: "2026-01-01", periodEnd: "2026-12-31", amount: "500000", currencyCode: "USD", ...overrides });
  const post = (body: unknown, token = tokens.govMx) =>
    createBudgetRoute(apiRequest(`/api/v1/programs/${refs.draftId}/budgets`, { token, method: "POST", body }), params({ id: refs.draftId }));

  it("records a budget line for a period of at most a year", async () => {
    expect((await post(budget())).status).toBe(201);
    expect(Object.keys(await fieldErrors(await post(budget({ periodEnd: "2027-06-30" }))))).toEqual(["periodEnd"]);
    expect(Object.keys(await fieldErrors(await post(budget({ periodEnd: "2025-12-31" }))))).toEqual(["periodEnd"]);
    expect(Object.keys(await fieldErrors(await post(budget({ status: "PLANNED" }))))).toEqual(["status"]);
    // A budget is never a correction: only a transaction's amount may be negative.
    expect(Object.keys(await fieldErrors(await post(budget({ amount: "-500000" }))))).toEqual(["amount"]);
    expect((await post(budget(), tokens.cso)).status).toBe(403);
    const listed = (await (await listBudgetsRoute(apiRequest(`/api/v1/programs/${refs.draftId}/budgets`, { token: tokens.govMx }), params({ id: refs.draftId }))).json()) as {
      data: { amount: string; valueDate: string }[];
    };
    expect(listed.data).toEqual([expect.objectContaining({ amount: "500000", valueDate: "2026-01-01T00:00:00.000Z" })]);
  });
});

describe("budget revisions", () => {
  it("refuses a stale revision and a stale deletion, and keeps the newer change", async () => {
    const created = await createBudgetRoute(
      apiRequest(`/api/v1/programs/${refs.draftId}/budgets`, {
        token: tokens.govMx,
        method: "POST",
        body: { type: "ORIGINAL", status: "INDICATIVE", periodStart: "2027-01-01", periodEnd: "2027-12-31", amount: "100", currencyCode: "USD" },
      }),
      params({ id: refs.draftId }),
    );
    const { data } = (await created.json()) as { data: { id: string } };
    const revise = (version: number, amount: string) =>
      patchBudgetRoute(
        apiRequest(`/api/v1/programs/${refs.draftId}/budgets/${data.id}`, {
          token: tokens.govMx,
          method: "PATCH",
          body: { version, type: "REVISED", status: "COMMITTED", periodStart: "2027-01-01", periodEnd: "2027-12-31", amount, currencyCode: "USD" },
        }),
        params({ id: refs.draftId, budgetId: data.id }),
      );
    expect((await revise(1, "150")).status).toBe(200);
    expect((await revise(1, "175")).status).toBe(409);
    const remove = (version: number) =>
      deleteBudgetRoute(apiRequest(`/api/v1/programs/${refs.draftId}/budgets/${data.id}?version=${version}`, { token: tokens.govMx, method: "DELETE" }), params({ id: refs.draftId, budgetId: data.id }));
    expect((await remove(1)).status).toBe(409);
    expect((await test.db.budget.findUniqueOrThrow({ where: { id: data.id } })).amount.toString()).toBe("150");
    expect((await remove(2)).status).toBe(204);
    expect(await test.db.auditEvent.count({ where: { entityId: refs.draftId, action: { in: ["budget.update", "budget.delete"] } } })).toBe(2);
  });
});

describe("exact money", () => {
  it("sums 0.1 and 0.2 over 10,000 transactions to exactly 1500, where binary floats drift", async () => {
    const program = await test.db.$transaction((tx) => createProgram(tx, { visibility: "PUBLISHED" }));
    await createTransactions(test.db, Array.from({ length: 10_000 }, (_, index) => ({
      programId: program.id,
      type: "DISBURSEMENT" as const,
      date: new Date("2026-01-15"),
      amount: index % 2 === 0 ? "0.1" : "0.2",
      currencyCode: "USD",
    })));
    const funding = await getProgramFunding(null, program.id);
    expect(funding.totals).toEqual([{ type: "DISBURSEMENT", currencyCode: "USD", amount: "1500" }]);
    expect(new Prisma.Decimal(funding.totals[0]!.amount).equals(1500)).toBe(true);
    // The same sum in JavaScript numbers is not exact, which is why money never is one.
    let float = 0;
    for (let index = 0; index < 10_000; index += 1) float += index % 2 === 0 ? 0.1 : 0.2;
    expect(float).not.toBe(1500);
  });

  it("never adds different currencies together", async () => {
    const program = await test.db.$transaction((tx) => createProgram(tx, { visibility: "PUBLISHED" }));
    await createTransactions(test.db, [
      { programId: program.id, type: "COMMITMENT", date: new Date("2026-01-15"), amount: "100", currencyCode: "USD" },
      { programId: program.id, type: "COMMITMENT", date: new Date("2026-01-15"), amount: "250", currencyCode: "MXN" },
    ]);
    const funding = await getProgramFunding(null, program.id);
    expect(funding.totals).toEqual([
      { type: "COMMITMENT", currencyCode: "MXN", amount: "250" },
      { type: "COMMITMENT", currencyCode: "USD", amount: "100" },
    ]);
  });
});

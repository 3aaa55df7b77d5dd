// The program list's money: each program's committed and disbursed totals per currency, read for the
// whole page in SQL with the page's own statements, so that a longer page costs no more statements.
import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { listPrograms } from "@/lib/domain/programs/list-programs";
import { clientPool, createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { createAgreement, createOrganisation, createProgram, createTransactions } from "@/prisma/seed/factories";
import { provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
const counted = { client: undefined as Db | undefined, statements: 0 };
const ids = {} as Record<"twoCurrencies" | "paidOnly" | "none", string>;

beforeAll(async () => {
  // The app's client for this file, counting every statement its connections send.
  counted.client = createPrismaClient(test.url, { poolSize: 2 });
  clientPool(counted.client)!.on("connect", (connection: pg.PoolClient) => {
    const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    (connection as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      counted.statements += 1;
      return query(...args);
    };
  });
  (globalThis as unknown as { prisma?: Db }).prisma = counted.client;

  await test.db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const ministry = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const program = (title: string, updatedAt: Date) =>
      createProgram(tx, { agreementId: agreement.id, reportingOrganisationId: ministry.id, title, visibility: "PUBLISHED", updatedAt });
    ids.twoCurrencies = (await program("Two currencies", new Date("2026-01-12"))).id;
    ids.paidOnly = (await program("Paid only", new Date("2026-01-11"))).id;
    ids.none = (await program("No money", new Date("2026-01-10"))).id;
    for (let day = 1; day <= 9; day += 1) await program(`Filler ${day}`, new Date(`2026-01-0${day}`));
    await createTransactions(tx, [
      { programId: ids.twoCurrencies, type: "COMMITMENT", amount: "2500000", currencyCode: "MXN" },
      { programId: ids.twoCurrencies, type: "COMMITMENT", amount: "500000.25", currencyCode: "MXN" },
      { programId: ids.twoCurrencies, type: "DISBURSEMENT", amount: "1000000", currencyCode: "MXN" },
      { programId: ids.twoCurrencies, type: "COMMITMENT", amount: "300000", currencyCode: "USD" },
      // Neither committed nor disbursed: left out.
      { programId: ids.twoCurrencies, type: "EXPENDITURE", amount: "999", currencyCode: "USD" },
      { programId: ids.twoCurrencies, type: "INCOMING_FUNDS", amount: "999", currencyCode: "EUR" },
      { programId: ids.paidOnly, type: "DISBURSEMENT", amount: "75.5", currencyCode: "EUR" },
    ]);
  });
  return async () => {
    delete (globalThis as unknown as { prisma?: Db }).prisma;
    await counted.client?.$disconnect();
  };
});

describe("the program list's money", () => {
  it("gives each program its committed and disbursed totals, one entry per currency", async () => {
    const page = await listPrograms(null, { sort: "updated" }, { limit: 25 }, { money: true });
    const money = new Map(page.data.map((program) => [program.id, program.money]));
    expect(money.get(ids.twoCurrencies)).toEqual([
      { currency: "MXN", committed: "3000000.25", disbursed: "1000000" },
      { currency: "USD", committed: "300000", disbursed: "0" },
    ]);
    expect(money.get(ids.paidOnly)).toEqual([{ currency: "EUR", committed: "0", disbursed: "75.5" }]);
    expect(money.get(ids.none)).toEqual([]);
  });

  it("reads the money of a whole page in as many statements as a page of two", async () => {
    const statementsFor = async (limit: number) => {
      counted.statements = 0;
      const page = await listPrograms(null, { sort: "updated" }, { limit }, { money: true });
      return { rows: page.data.length, statements: counted.statements };
    };
    await statementsFor(1); // warms the pool: connecting sends statements of its own
    const small = await statementsFor(2);
    const large = await statementsFor(12);
    expect(small.rows).toBe(2);
    expect(large.rows).toBe(12);
    expect(small.statements).toBeGreaterThanOrEqual(4);
    expect(large.statements).toBe(small.statements);
    // The ids and the count, the programs, their countries, and the money: nothing per row.
    expect(large.statements).toBeLessThanOrEqual(5);
  });

  it("leaves the money out unless asked, as the API's list does", async () => {
    const page = await listPrograms(null, { sort: "updated" }, { limit: 25 });
    expect(page.data.every((program) => program.money === undefined)).toBe(true);
  });
});

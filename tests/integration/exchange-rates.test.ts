// Exchange rates kept by an ADMIN, and conversions that say which rate and date they used.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { convertAmounts } from "@/lib/domain/funding/exchange-rates/convert-amounts";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRoute, POST: createRoute } = await import("@/app/api/v1/exchange-rates/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const tokens = {} as Record<"admin" | "gov" | "analyst", string>;
const actors = {} as Record<keyof typeof tokens, Actor>;

beforeAll(async () => {
  actors.admin = await createActor(test.db, "ADMIN");
  actors.gov = await createActor(test.db, "GOVERNMENT");
  actors.analyst = await createActor(test.db, "ANALYST");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

const post = (body: unknown, token = tokens.admin) => createRoute(apiRequest("/api/v1/exchange-rates", { token, method: "POST", body }), params({}));

describe("maintaining rates", () => {
  it("lets an administrator add dated rates, once per pair and date, and audits them", async () => {
    expect((await post({ currencyCode: "MXN", quoteCurrencyCode: "USD", rate: "0.0500", validOn: "2026-01-01", source: "Banxico" })).status).toBe(201);
    const duplicate = await post({ currencyCode: "MXN", quoteCurrencyCode: "USD", rate: "0.0600", validOn: "2026-01-01" });
    expect(duplicate.status).toBe(400);
    expect(((await duplicate.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.validOn).toBeDefined();
    expect(await test.db.auditEvent.count({ where: { action: "exchangeRate.create" } })).toBe(1);
    const listed = (await (await listRoute(apiRequest("/api/v1/exchange-rates"), params({}))).json()) as { data: { rate: string }[] };
    expect(listed.data.map((rate) => rate.rate)).toEqual(["0.05"]);
  });

  it.each([
    ["a rate of zero", { rate: "0" }, "rate"],
    ["a rate written as text", { rate: "about 18" }, "rate"],
    ["the same currency twice", { quoteCurrencyCode: "MXN" }, "quoteCurrencyCode"],
    ["an unknown currency", { currencyCode: "XYZ" }, "currencyCode"],
    ["no date", { validOn: "" }, "validOn"],
  ])("refuses %s on its field", async (_label, overrides, field) => {
    const response = await post({ currencyCode: "MXN", quoteCurrencyCode: "USD", rate: "0.05", validOn: "2026-02-01", ...overrides });
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors)).toContain(field);
  });

  it("is for administrators only", async () => {
    expect((await post({ currencyCode: "EUR", quoteCurrencyCode: "USD", rate: "1.1", validOn: "2026-01-01" }, tokens.gov)).status).toBe(403);
    expect((await post({ currencyCode: "EUR", quoteCurrencyCode: "USD", rate: "1.1", validOn: "2026-01-01" }, tokens.analyst)).status).toBe(403);
  });
});

describe("converting", () => {
  beforeAll(async () => {
    await test.db.exchangeRate.createMany({
      data: [
        { currencyCode: "MXN", quoteCurrencyCode: "USD", rate: "0.0550", validOn: new Date("2026-06-01") },
        { currencyCode: "USD", quoteCurrencyCode: "EUR", rate: "0.8", validOn: new Date("2026-03-01") },
      ],
    });
  });

  it("uses the latest rate on or before the date, and says which", async () => {
    const [early] = await convertAmounts([{ amount: "1000", currencyCode: "MXN" }], "USD", "2026-03-15");
    expect(early!.converted).toEqual({ amount: "50", rate: "0.05", validOn: "2026-01-01", inverse: false });
    const [late] = await convertAmounts([{ amount: "1000", currencyCode: "MXN" }], "USD", "2026-07-01");
    expect(late!.converted).toEqual({ amount: "55", rate: "0.055", validOn: "2026-06-01", inverse: false });
  });

  it("uses the inverse of the opposite rate when there is no direct one, exactly", async () => {
    const [converted] = await convertAmounts([{ amount: "100", currencyCode: "EUR" }], "USD", "2026-04-01");
    expect(converted!.converted).toEqual({ amount: "125", rate: "1.25", validOn: "2026-03-01", inverse: true });
  });

  it("leaves an amount without a rate unconverted rather than guessing", async () => {
    const [mxn, usd] = await convertAmounts(
      [
        { amount: "1000", currencyCode: "MXN" },
        { amount: "10", currencyCode: "USD" },
      ],
      "USD",
      "2025-12-31",
    );
    expect(mxn!.converted).toBeNull();
    expect(usd!.converted).toMatchObject({ amount: "10", rate: "1" });
  });
});

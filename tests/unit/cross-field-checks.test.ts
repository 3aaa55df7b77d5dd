import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { renderFieldErrors } from "@/lib/platform/i18n/render-problem";
import { ZTransactionExportFilter } from "@/lib/domain/exports/export-transactions";
import { ZCreateAgreement, ZCreateInstitution, ZUpdateAgreement, ZUpdateInstitution } from "@/lib/domain/agreements/schemas";
import { ZExchangeRate } from "@/lib/domain/funding/exchange-rate-schemas";
import { ZCreateExchange, ZUpdateExchange } from "@/lib/domain/exchanges/schemas";
import { ZCreateBudget, ZCreateTransaction, ZUpdateBudget, ZUpdateTransaction } from "@/lib/domain/funding/schemas";
import { checkPeriodValues, ZCreateIndicator, ZCreatePeriod, ZUpdateIndicator, ZUpdatePeriod } from "@/lib/domain/monitoring/schemas";
import { ZCreateAttendance, ZCreateEvent, ZParticipationDecision, ZUpdateAttendance, ZUpdateEvent } from "@/lib/domain/participation/schemas";
import { programSchema, ZCreateProgram } from "@/lib/domain/programs/schemas";

// Every schema with a rule across fields, with a valid record. The rule must never see a field that
// failed its own rule (a "" that was to become a date), nor a body that is not an object: the
// answer is then a field-level error, never an exception (which an API client receives as a 500).

const budget = { type: "ORIGINAL", status: "COMMITTED", periodStart: "2025-01-01", periodEnd: "2025-12-31", amount: "1000", currencyCode: "USD" };
const transaction = { type: "DISBURSEMENT", date: "2025-03-01", amount: "10", currencyCode: "USD" };
const agreement = { title: "T", shortName: "TT", kind: "BILATERAL", status: "IN_FORCE", signedOn: "2020-01-01", inForceOn: "2020-06-01", parties: ["MX", "US"] };
const institution = { agreementId: "a1", kind: "CONTACT_POINT", name: "NCP", countryCode: "MX" };
const indicator = { title: "Inspections", level: "OUTPUT", measure: "UNIT", ascending: true, baseline: "3" };
const period = { periodStart: "2025-01-01", periodEnd: "2025-06-30", dueDate: "2025-07-31", target: "5" };
const event = { kind: "WORKSHOP", title: "W", startDate: "2025-01-01", endDate: "2025-01-02" };
const exchange = { agreementId: "a1", fromCountryCode: "MX", toCountryCode: "US", kind: "OTHER", date: "2025-01-01", title: "T" };
const program = { type: "TECHNICAL_COOPERATION", agreementId: "a1", identifier: "XM-1-A", title: "Program", currencyCode: "USD", expertiseArea: "Inspection", plannedStart: "2025-01-01", plannedEnd: "2025-12-31" };

const schemas: [string, z.ZodType, Record<string, unknown>][] = [
  ["ZCreateBudget", ZCreateBudget, budget],
  ["ZUpdateBudget", ZUpdateBudget, { version: 1, ...budget }],
  ["ZCreateTransaction", ZCreateTransaction, transaction],
  ["ZUpdateTransaction", ZUpdateTransaction, { version: 1, ...transaction }],
  ["ZCreateAgreement", ZCreateAgreement, agreement],
  ["ZUpdateAgreement", ZUpdateAgreement, { version: 1, ...agreement }],
  ["ZCreateInstitution", ZCreateInstitution, institution],
  ["ZUpdateInstitution", ZUpdateInstitution, { version: 1, ...institution }],
  ["ZExchangeRate", ZExchangeRate, { currencyCode: "USD", quoteCurrencyCode: "MXN", rate: "17.1", validOn: "2025-01-01" }],
  ["ZCreateExchange", ZCreateExchange, exchange],
  ["ZUpdateExchange", ZUpdateExchange, { version: 1, ...exchange }],
  ["ZCreateIndicator", ZCreateIndicator, indicator],
  ["ZUpdateIndicator", ZUpdateIndicator, { version: 1, ...indicator }],
  ["ZCreatePeriod", ZCreatePeriod, period],
  ["ZUpdatePeriod", ZUpdatePeriod, { version: 1, ...period }],
  ["ZParticipationDecision", ZParticipationDecision, { version: 1, decision: "DECLINE", reason: "Full" }],
  ["ZCreateEvent", ZCreateEvent, event],
  ["ZUpdateEvent", ZUpdateEvent, { version: 1, ...event }],
  ["ZCreateAttendance", ZCreateAttendance, { constituency: "WORKERS", women: 2, men: 3 }],
  ["ZUpdateAttendance", ZUpdateAttendance, { version: 1, women: 2, men: 3 }],
  ["ZCreateProgram", ZCreateProgram, program],
  ["programSchema()", programSchema(), program],
  ["programSchema(IMPLEMENTATION)", programSchema("IMPLEMENTATION"), { ...program, status: "IMPLEMENTATION" }],
  ["ZTransactionExportFilter", ZTransactionExportFilter, { from: "2025-01-01", to: "2025-12-31" }],
];

/** Values a field may hold after failing its own rule; the last one cannot even be compared. */
const HOSTILE: unknown[] = ["", " ", "x", "2025-02-30", 0, -1, 1e400, Number.NaN, null, true, [], ["x"], {}, { toString: 1, valueOf: 1 }];

describe.each(schemas)("%s", (_name, schema, valid) => {
  it("accepts the valid record the cases below start from", () => {
    expect(schema.safeParse(valid).error?.issues).toBeUndefined();
  });

  it("answers a field that failed its own rule with an error, never an exception", () => {
    for (const field of Object.keys(valid)) {
      for (const value of HOSTILE) {
        const input = { ...valid, [field]: value };
        expect(() => schema.safeParse(input), `${field}: ${JSON.stringify(value) ?? typeof value}`).not.toThrow();
      }
    }
  });

  it("answers a body that is not an object with an error, never an exception", () => {
    for (const body of [null, undefined, "x", 1, [], [valid]]) {
      const result = (() => schema.safeParse(body))();
      expect(result.success, JSON.stringify(body)).toBe(false);
    }
  });
});

describe("cross-field rules on invalid fields", () => {
  it("a budget without a period start says so on periodStart", () => {
    const result = ZCreateBudget.safeParse({ ...budget, periodStart: "" });
    expect(renderFieldErrors(result.error!.flatten().fieldErrors as Record<string, string[]>, "en")).toEqual({ periodStart: ["Enter the first day of the budget period."] });
  });

  it("a rule still runs when an unrelated field is wrong, so that a form shows both problems", () => {
    const result = ZCreateBudget.safeParse({ ...budget, amount: "ten", periodEnd: "2024-01-01" });
    expect(Object.keys(result.error?.flatten().fieldErrors ?? {}).sort()).toEqual(["amount", "periodEnd"]);
  });

  it("checkPeriodValues refuses a value that is not text with an error", () => {
    expect(() => checkPeriodValues("UNIT", { target: { toString: 1, valueOf: 1 } as unknown as string })).toThrow(/Invalid input/);
  });

  it("a program's form hears of every problem with its dates at once: an end before its start and a missing actual start", () => {
    const result = programSchema().safeParse({ ...program, status: "IMPLEMENTATION", plannedStart: "2025-06-01", plannedEnd: "2025-01-01", title: "" });
    const errors = renderFieldErrors(result.error!.flatten().fieldErrors as Record<string, string[]>, "en");
    expect(Object.keys(errors).sort()).toEqual(["actualStart", "plannedEnd", "title"]);
  });

  it("an edit that keeps the status does not ask an older record for the dates its status needs", () => {
    expect(programSchema("IMPLEMENTATION").safeParse({ ...program, status: "IMPLEMENTATION" }).success).toBe(true);
    expect(Object.keys(programSchema("FINALISATION").safeParse({ ...program, status: "CLOSED" }).error!.flatten().fieldErrors).sort()).toEqual(["actualEnd", "actualStart"]);
  });

  it("a move the lifecycle refuses asks for no dates: the move is refused for itself", () => {
    expect(programSchema("PIPELINE").safeParse({ ...program, status: "CLOSED" }).success).toBe(true);
  });
});

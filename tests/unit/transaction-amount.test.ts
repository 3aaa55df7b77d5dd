// A transaction's amount may be negative: IATI writes a correction (a disbursement reversed, a
// commitment reduced) that way. Zero is refused with a message that says so, a malformed amount is
// told how to write one, and budgets and a program's funding amount stay at zero or above.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { renderFieldErrors } from "@/lib/platform/i18n/render-problem";
import { LOCALES, type Locale } from "@/lib/platform/i18n/locales";
import { ZCreateBudget, ZCreateTransaction, ZUpdateTransaction } from "@/lib/domain/funding/schemas";
import { ZAmount } from "@/lib/domain/programs/schemas";

const transaction = { type: "DISBURSEMENT", date: "2025-03-01", amount: "10", currencyCode: "USD" };
const budget = { type: "ORIGINAL", status: "COMMITTED", periodStart: "2025-01-01", periodEnd: "2025-12-31", amount: "1000", currencyCode: "USD" };

/** What a person reads under the amount field, in `locale`, for a transaction with `amount`. */
function amountErrors(amount: unknown, locale: Locale = "en") {
  const result = ZCreateTransaction.safeParse({ ...transaction, amount });
  return result.success ? [] : (renderFieldErrors(fieldErrorsOf(result.error), locale).amount ?? []);
}

describe("a transaction's amount", () => {
  it.each([
    ["-1250.50", "-1250.50"],
    ["-0.0001", "-0.0001"],
    [" -25000 ", "-25000"],
    [-1250.5, "-1250.5"],
    ["-9999999999999999.9999", "-9999999999999999.9999"],
  ])("takes the correction %j as %j", (amount, parsed) => {
    expect(ZCreateTransaction.parse({ ...transaction, amount }).amount).toBe(parsed);
    expect(ZUpdateTransaction.parse({ version: 1, ...transaction, amount }).amount).toBe(parsed);
  });

  it("still takes a positive amount", () => {
    expect(ZCreateTransaction.parse({ ...transaction, amount: "125000.50" }).amount).toBe("125000.50");
  });

  it.each(["0", "0.00", "-0", "-0.0000", 0])("refuses the zero %j, saying it must not be zero and only that", (amount) => {
    expect(amountErrors(amount)).toEqual(["Enter an amount other than zero; write a correction with a minus sign, such as -1250.50."]);
  });

  it.each(["N/A", "-", "--5", "+5", "- 5", "1,250.50", "-1.23456", "-12345678901234567", "1e3"])("refuses the malformed %j by telling how to write an amount, and only that", (amount) => {
    expect(amountErrors(amount)).toEqual(["Enter an amount such as 250000 or 1250.50: digits, at most 4 after the point."]);
  });

  it("says so in every language", () => {
    const messages = LOCALES.map((locale) => amountErrors("0", locale)[0]);
    expect(messages.every((message) => message && !message.startsWith("\u001f"))).toBe(true);
    expect(new Set(messages).size).toBe(LOCALES.length);
  });
});

describe("amounts that are not transactions stay at zero or above", () => {
  it("a budget line refuses a negative amount", () => {
    expect(ZCreateBudget.safeParse({ ...budget, amount: "-1000" }).success).toBe(false);
    expect(ZCreateBudget.parse({ ...budget, amount: "0" }).amount).toBe("0");
  });

  it("a program's funding amount refuses a negative one", () => {
    expect(ZAmount.safeParse("-250000").success).toBe(false);
  });
});

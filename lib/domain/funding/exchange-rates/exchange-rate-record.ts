import "server-only";
import type { z } from "zod";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import type { ZExchangeRate } from "@/lib/domain/funding/exchange-rate-schemas";
import { problem } from "@/lib/platform/i18n/problem";

// What the exchange-rate operations share: the columns they return and the rules a new rate meets.

export const RATE_SELECT = { id: true, currencyCode: true, quoteCurrencyCode: true, rate: true, validOn: true, source: true, createdAt: true } as const;

const DUPLICATE = problem("FundingProblems.duplicateRate");

/** The refusal of a second rate for the same currencies on the same day. */
export const duplicateRate = () => new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { validOn: [DUPLICATE] } });

/** Both currencies must exist, and the pair may have only one rate a day. */
export async function assertRateAllowed(tx: DbTx, data: z.output<typeof ZExchangeRate>) {
  const known = await tx.currency.findMany({ where: { code: { in: [data.currencyCode, data.quoteCurrencyCode] } }, select: { code: true } });
  const fieldErrors: FieldErrors = {};
  for (const field of ["currencyCode", "quoteCurrencyCode"] as const) {
    if (!known.some((currency) => currency.code === data[field])) fieldErrors[field] = [problem("ChoiceProblems.noCurrency")];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
  if (await tx.exchangeRate.count({ where: { currencyCode: data.currencyCode, quoteCurrencyCode: data.quoteCurrencyCode, validOn: data.validOn } })) throw duplicateRate();
}

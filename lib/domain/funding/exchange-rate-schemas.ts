import { z } from "zod";
import { whenValid, ZRequiredDay } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

const ZCurrency = (message: string) => z.string({ error: message }).trim().toUpperCase().regex(/^[A-Z]{3}$/, message);

/** A dated rate: one unit of `currencyCode` is worth `rate` units of `quoteCurrencyCode`. */
export const ZExchangeRate = z
  .object({
    currencyCode: ZCurrency(problem("FundingProblems.currencyFrom")),
    quoteCurrencyCode: ZCurrency(problem("FundingProblems.currencyTo")),
    rate: z
      .union([z.string(), z.number()], { error: problem("FundingProblems.rate") })
      .transform((value) => String(value).trim())
      .pipe(
        z
          .string()
          .regex(/^\d{1,13}(\.\d{1,10})?$/, problem("FundingProblems.rateDigits"))
          .refine((rate) => /[1-9]/.test(rate), problem("FundingProblems.ratePositive")),
      ),
    validOn: ZRequiredDay(problem("FundingProblems.validOn")),
    source: z.string().trim().max(300, problem("FundingProblems.sourceMax")).default(""),
  })
  .refine((rate) => rate.currencyCode !== rate.quoteCurrencyCode, {
    path: ["quoteCurrencyCode"],
    message: problem("FundingProblems.differentCurrency"),
    ...whenValid("currencyCode", "quoteCurrencyCode"),
  });

/** `?convert=` on a funding view: the currency to convert totals into, and the date of the rates. */
export const ZConversion = z.object({
  convert: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, problem("FundingProblems.convertTo")),
  on: z.iso.date({ error: problem("FundingProblems.dateSuchAs") }).optional(),
});

import { z } from "zod";
import { whenValid, ZRequiredDay } from "@/lib/platform/validation";

const ZCurrency = (message: string) => z.string({ error: message }).trim().toUpperCase().regex(/^[A-Z]{3}$/, message);

/** A dated rate: one unit of `currencyCode` is worth `rate` units of `quoteCurrencyCode`. */
export const ZExchangeRate = z
  .object({
    currencyCode: ZCurrency("Choose the currency converted from."),
    quoteCurrencyCode: ZCurrency("Choose the currency converted to."),
    rate: z
      .union([z.string(), z.number()], { error: "Enter the rate, such as 0.0581." })
      .transform((value) => String(value).trim())
      .pipe(
        z
          .string()
          .regex(/^\d{1,13}(\.\d{1,10})?$/, "Enter the rate as a decimal number such as 0.0581, with at most 10 digits after the point.")
          .refine((rate) => /[1-9]/.test(rate), "A rate is greater than zero."),
      ),
    validOn: ZRequiredDay("Enter the date the rate is valid on."),
    source: z.string().trim().max(300, "Keep the source under 300 characters.").default(""),
  })
  .refine((rate) => rate.currencyCode !== rate.quoteCurrencyCode, {
    path: ["quoteCurrencyCode"],
    message: "Convert to a different currency.",
    ...whenValid("currencyCode", "quoteCurrencyCode"),
  });

/** `?convert=` on a funding view: the currency to convert totals into, and the date of the rates. */
export const ZConversion = z.object({
  convert: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Choose a currency to convert to."),
  on: z.iso.date({ error: "Use a date such as 2026-11-28." }).optional(),
});

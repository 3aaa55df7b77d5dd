import { z } from "zod";
import { ExchangeKind } from "@/lib/platform/db/generated/enums";
import { whenValid, ZCheckbox, ZCountryCode, ZId, ZOptionalUrl, ZRequiredDay, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";

// The rules for the information exchange log, shared by the form, its server actions and the API.
// Whether the countries are parties and the provisions the agreement's is checked by the service.

const KIND_MESSAGE = "Choose the kind of exchange: LEGISLATION_UPDATE, LABOUR_MARKET_DATA, INSPECTION_REPORT, BEST_PRACTICE or OTHER.";

/** "" and null both mean "not set"; forms send "", JSON clients may send null. */
const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

const exchangeFields = {
  agreementId: ZId("Choose the agreement the information was exchanged under."),
  fromCountryCode: z.preprocess((value) => (value === "" ? undefined : value), ZCountryCode),
  /** Empty or absent: the information went to all parties of the agreement. */
  toCountryCode: unsetIfBlank(ZCountryCode),
  kind: z.enum(ExchangeKind, { error: KIND_MESSAGE }),
  date: ZRequiredDay("Enter the date of the exchange as YYYY-MM-DD, for example 2026-03-31."),
  title: ZText("Field.exchangeTitle", 300),
  summary: z.string({ error: "The summary is text." }).trim().max(10_000, "Keep the summary under 10,000 characters.").default(""),
  link: ZOptionalUrl,
  isPublic: ZCheckbox,
  provisionIds: z
    .array(ZId("Choose provisions of this agreement."), { error: "List the provisions by id." })
    .max(200, "Link at most 200 provisions.")
    .refine((ids) => new Set(ids).size === ids.length, "Each provision may be linked once.")
    .default([]),
};

const differentCountries = (exchange: { fromCountryCode: string; toCountryCode?: string }) =>
  !exchange.toCountryCode || exchange.toCountryCode !== exchange.fromCountryCode;

const DIFFERENT_COUNTRIES = {
  path: ["toCountryCode"],
  message: "The receiving country must differ from the sending one. Leave it empty when the information went to all parties.",
  // Checked even when other fields are wrong, so that a form shows every problem at once.
  ...whenValid("fromCountryCode", "toCountryCode"),
};

export const ZCreateExchange = z.object(exchangeFields).refine(differentCountries, DIFFERENT_COUNTRIES);
export type TCreateExchange = z.infer<typeof ZCreateExchange>;

/** Every field again, with the `version` the edit started from. */
export const ZUpdateExchange = z.object({ version: ZVersion, ...exchangeFields }).refine(differentCountries, DIFFERENT_COUNTRIES);
export type TUpdateExchange = z.infer<typeof ZUpdateExchange>;

export const EXCHANGE_VISIBILITIES = ["public", "restricted"] as const;

/** The orders the exchange log offers, named as the agreements list names its own: a leading "-" is descending. */
export const EXCHANGE_SORTS = ["-date", "date", "title", "-title"] as const;

/** The exchange log's filters, as the page's query string and the API take them. */
export const ZExchangeFilter = z.object({
  q: unsetIfBlank(z.string().trim().max(200, "Search for at most 200 characters.")),
  agreementId: unsetIfBlank(ZId("Choose an agreement from the list.")),
  kind: unsetIfBlank(z.enum(ExchangeKind, { error: KIND_MESSAGE })),
  from: unsetIfBlank(ZCountryCode),
  to: unsetIfBlank(ZCountryCode),
  year: unsetIfBlank(
    ZWholeNumber("Enter a year such as 2024.", z.number().min(1950, "Enter a year from 1950 on.").max(2100, "Enter a year up to 2100.")),
  ),
  visibility: unsetIfBlank(z.enum(EXCHANGE_VISIBILITIES, { error: "Visibility is public or restricted." })),
  sort: z.preprocess((value) => (value === "" ? undefined : value), z.enum(EXCHANGE_SORTS, { error: `Sort by one of: ${EXCHANGE_SORTS.join(", ")}.` }).default("-date")),
});
export type TExchangeFilter = z.infer<typeof ZExchangeFilter>;

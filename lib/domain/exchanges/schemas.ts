import { z } from "zod";
import { ExchangeKind } from "@/lib/platform/db/generated/enums";
import { checkTranslationLanguages, ZLanguage, ZTranslations } from "@/lib/platform/i18n/record-translations";
import { whenValid, ZCheckbox, ZCountryCode, ZId, ZOptionalUrl, ZRequiredDay, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

// The rules for the information exchange log, shared by the form, its server actions and the API.
// Whether the countries are parties and the provisions the agreement's is checked by the service.

const KIND_MESSAGE = problem("ExchangeProblems.kind");

/** "" and null both mean "not set"; forms send "", JSON clients may send null. */
const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

const exchangeFields = {
  agreementId: ZId(problem("ExchangeProblems.agreement")),
  fromCountryCode: z.preprocess((value) => (value === "" ? undefined : value), ZCountryCode),
  /** Empty or absent: the information went to all parties of the agreement. */
  toCountryCode: unsetIfBlank(ZCountryCode),
  kind: z.enum(ExchangeKind, { error: KIND_MESSAGE }),
  date: ZRequiredDay(problem("ExchangeProblems.date")),
  title: ZText("Field.exchangeTitle", 300),
  summary: z.string({ error: problem("ChoiceProblems.summaryText") }).trim().max(10_000, problem("ChoiceProblems.summaryMax", { max: 10_000 })).default(""),
  link: ZOptionalUrl,
  isPublic: ZCheckbox,
  provisionIds: z
    .array(ZId(problem("ChoiceProblems.provisionsOfAgreement")), { error: problem("ExchangeProblems.provisionsById") })
    .max(200, problem("ChoiceProblems.provisionsMax"))
    .refine((ids) => new Set(ids).size === ids.length, problem("ChoiceProblems.provisionOnce"))
    .default([]),
  /** The language the title and summary are written in. */
  language: ZLanguage.optional(),
  translations: ZTranslations({ title: { field: "Field.exchangeTitle", max: 300 }, summary: { field: "Field.summary", max: 10_000 } }),
};

const differentCountries = (exchange: { fromCountryCode: string; toCountryCode?: string }) =>
  !exchange.toCountryCode || exchange.toCountryCode !== exchange.fromCountryCode;

const DIFFERENT_COUNTRIES = {
  path: ["toCountryCode"],
  message: problem("ExchangeProblems.differentCountries"),
  // Checked even when other fields are wrong, so that a form shows every problem at once.
  ...whenValid("fromCountryCode", "toCountryCode"),
};

const LANGUAGES_CHECKED = whenValid("language", "translations");

export const ZCreateExchange = z.object(exchangeFields).refine(differentCountries, DIFFERENT_COUNTRIES).superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);
export type TCreateExchange = z.infer<typeof ZCreateExchange>;

/** Every field again, with the `version` the edit started from. */
export const ZUpdateExchange = z
  .object({ version: ZVersion, ...exchangeFields })
  .refine(differentCountries, DIFFERENT_COUNTRIES)
  .superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);
export type TUpdateExchange = z.infer<typeof ZUpdateExchange>;

export const EXCHANGE_VISIBILITIES = ["public", "restricted"] as const;

/** The orders the exchange log offers, named as the agreements list names its own: a leading "-" is descending. */
export const EXCHANGE_SORTS = ["-date", "date", "title", "-title"] as const;

/** The exchange log's filters, as the page's query string and the API take them. */
export const ZExchangeFilter = z.object({
  q: unsetIfBlank(z.string().trim().max(200, problem("ChoiceProblems.searchMax"))),
  agreementId: unsetIfBlank(ZId(problem("ChoiceProblems.agreementFromList"))),
  kind: unsetIfBlank(z.enum(ExchangeKind, { error: KIND_MESSAGE })),
  from: unsetIfBlank(ZCountryCode),
  to: unsetIfBlank(ZCountryCode),
  year: unsetIfBlank(
    ZWholeNumber(problem("ChoiceProblems.yearSuchAs"), z.number().min(1950, problem("ChoiceProblems.yearFrom")).max(2100, problem("ChoiceProblems.yearUpTo"))),
  ),
  visibility: unsetIfBlank(z.enum(EXCHANGE_VISIBILITIES, { error: problem("ExchangeProblems.visibility") })),
  sort: z.preprocess((value) => (value === "" ? undefined : value), z.enum(EXCHANGE_SORTS, { error: problem("ChoiceProblems.sortBy", { sorts: EXCHANGE_SORTS.join(", ") }) }).default("-date")),
});
export type TExchangeFilter = z.infer<typeof ZExchangeFilter>;

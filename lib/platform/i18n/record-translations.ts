import { z } from "zod";
import type { FieldName } from "@/lib/platform/validation";
import { isLanguageCode } from "./localized-text";
import { named, problem } from "./problem";

// The language a record's texts are written in and their translations, as forms and the API send
// them: { language: "es", translations: { "title": { "fr": "…", "vi": "…" } } }.

const LANGUAGE_MESSAGE = problem("Translation.language");

/** An ISO 639-1 code, lower case. */
export const ZLanguage = z
  .string({ error: LANGUAGE_MESSAGE })
  .trim()
  .toLowerCase()
  .refine(isLanguageCode, LANGUAGE_MESSAGE);

/** A field that may be translated: how the messages name it, and the longest text its original may hold. */
export type TranslatableField = { field: FieldName; max: number };

/** One field's translations by language code; an empty text is no translation. */
const fieldTranslations = ({ field, max }: TranslatableField) =>
  z
    .record(
      z.string(),
      z
        .string({ error: problem("Translation.notText", { field: named(field) }) })
        .trim()
        .max(max, problem("Translation.tooLong", { field: named(field), max })),
      { error: problem("Translation.byLanguage", { field: named(field) }) },
    )
    .superRefine((texts, ctx) => {
      for (const code of Object.keys(texts)) {
        if (!isLanguageCode(code)) ctx.addIssue({ code: "custom", path: [code], message: problem("Translation.notLanguageCode", { code }) });
      }
    })
    .transform((texts) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== "")));

/**
 * The translations of a record's `fields`, by field then language; the fields with no text left
 * are left out. Absent, the stored translations are kept (an API client that does not know them
 * does not erase them); given, they replace the stored ones.
 */
export function ZTranslations<F extends string>(fields: Record<F, TranslatableField>) {
  const names = Object.keys(fields) as F[];
  const shape = Object.fromEntries(names.map((name) => [name, fieldTranslations(fields[name]).optional()])) as Record<F, z.ZodOptional<ReturnType<typeof fieldTranslations>>>;
  return z
    .strictObject(shape, {
      error: (issue) => (issue.code === "unrecognized_keys" ? problem("Translation.fields", { fields: names.join(", ") }) : problem("Translation.byField")),
    })
    .transform((byField) => Object.fromEntries(Object.entries(byField).filter(([, texts]) => texts && Object.keys(texts).length > 0)) as Partial<Record<F, Record<string, string>>>)
    .optional();
}

type Languages = { language?: string; translations?: Partial<Record<string, Record<string, string>>> };

/** A translation into the language the original is written in would never be shown: it is refused by its field. */
export function checkTranslationLanguages(record: Languages, ctx: z.RefinementCtx) {
  if (!record.language || !record.translations) return;
  for (const [field, texts] of Object.entries(record.translations)) {
    if (texts && record.language in texts) {
      ctx.addIssue({
        code: "custom",
        path: ["translations", field, record.language],
        message: problem("Translation.originalLanguage"),
      });
    }
  }
}

/** The columns to write: only what was sent, so that an edit without them keeps the stored ones. */
export function languageColumns(record: Languages) {
  return {
    ...(record.language !== undefined && { language: record.language }),
    ...(record.translations !== undefined && { translations: record.translations as Record<string, Record<string, string>> }),
  };
}

const FORM_PREFIX = "translations.";

/**
 * A form's fields as the schemas take them: the inputs named "translations.<field>.<language>"
 * become { translations: { field: { language: text } } }. A form that has no such input sends no
 * translations, and the stored ones are kept.
 */
export function withFormTranslations(fields: Record<string, string | string[] | undefined>) {
  const rest: Record<string, unknown> = {};
  let translations: Record<string, Record<string, string>> | undefined;
  for (const [name, value] of Object.entries(fields)) {
    if (!name.startsWith(FORM_PREFIX)) {
      rest[name] = value;
      continue;
    }
    translations ??= {};
    const [field = "", language = ""] = name.slice(FORM_PREFIX.length).split(".");
    if (typeof value === "string") (translations[field] ??= {})[language] = value;
  }
  return translations ? { ...rest, translations } : rest;
}

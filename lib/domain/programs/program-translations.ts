import { z } from "zod";
import { inCodelist } from "@/lib/domain/iati/codes";
import { named, problem } from "@/lib/platform/i18n/problem";

/** The texts of a program that have translations, with the longest each may be (as the original's). */
export const TRANSLATED_FIELDS = { title: 300, summary: 5000, objectives: 5000 } as const;
export type TranslatedField = keyof typeof TRANSLATED_FIELDS;

const LANGUAGE_MESSAGE = problem("TranslationProblem.languageCode");

/** Whether `code` is an ISO 639-1 language code (IATI's Language codelist is that list). */
export const isLanguageCode = (code: string) => /^[a-z]{2}$/.test(code) && inCodelist("Language", code);

/** The language a program's own title, summary and objectives are written in. */
export const ZProgramLanguage = z
  .string({ error: problem("TranslationProblem.chooseOriginal") })
  .trim()
  .toLowerCase()
  .refine(isLanguageCode, LANGUAGE_MESSAGE);

const LIMIT_MESSAGES: Record<TranslatedField, string> = {
  title: problem("Validation.fieldTooLong", { field: named("Field.title"), max: TRANSLATED_FIELDS.title }),
  summary: problem("Validation.fieldTooLong", { field: named("Field.summary"), max: TRANSLATED_FIELDS.summary }),
  objectives: problem("Validation.fieldTooLong", { field: named("Field.objectives"), max: TRANSLATED_FIELDS.objectives }),
};

/** One field's texts by language: each code checked, each text trimmed and limited like the original, blanks left out. */
const texts = (field: TranslatedField) =>
  z
    .record(z.string(), z.string({ error: problem("TranslationProblem.text") }).trim().max(TRANSLATED_FIELDS[field], LIMIT_MESSAGES[field]), { error: problem("TranslationProblem.byLanguage") })
    .superRefine((byLanguage, ctx) => {
      for (const code of Object.keys(byLanguage)) {
        if (!isLanguageCode(code)) ctx.addIssue({ code: "custom", path: [code], message: code ? LANGUAGE_MESSAGE : problem("TranslationProblem.chooseLanguage") });
      }
      if (field === "title") {
        for (const [code, text] of Object.entries(byLanguage)) if (text && text.length < 3) ctx.addIssue({ code: "custom", path: [code], message: problem("TranslationProblem.titleTooShort") });
      }
    })
    .transform((byLanguage) => Object.fromEntries(Object.entries(byLanguage).filter(([, text]) => text !== "")))
    .optional();

/**
 * Title, summary and objectives in other languages, as stored: { "title": { "fr": "…" } }. A field
 * without any text is left out.
 */
export const ZProgramTranslations = z
  .strictObject(
    { title: texts("title"), summary: texts("summary"), objectives: texts("objectives") },
    { error: (issue) => (issue.code === "unrecognized_keys" ? problem("TranslationProblem.onlyFields") : problem("TranslationProblem.byField")) },
  )
  .transform((translations) => Object.fromEntries(Object.entries(translations).filter(([, byLanguage]) => byLanguage && Object.keys(byLanguage).length)) as Partial<Record<TranslatedField, Record<string, string>>>);

/** A translation into the original's own language is refused on its field: that text is the original. */
export function checkTranslationLanguages(program: { language: string; translations: Partial<Record<TranslatedField, Record<string, string>>> }, ctx: z.RefinementCtx) {
  for (const [field, byLanguage] of Object.entries(program.translations)) {
    if (byLanguage?.[program.language] !== undefined) {
      ctx.addIssue({ code: "custom", path: ["translations", field, program.language], message: problem("TranslationProblem.sameAsOriginal") });
    }
  }
}

const FORM_FIELD = /^translations\.(title|summary|objectives)\.([^.]*)$/;
const NEW_FIELD = /^newTranslation\.(title|summary|objectives)$/;

/**
 * A form's translation fields as the translations object the schema takes: those of a saved
 * language, named "translations.<field>.<language>", and those of the one being added,
 * "newTranslation.<field>" with its "newTranslation.language" (texts without a language are kept
 * under "", which the schema refuses). The other fields are passed on unchanged.
 */
export function withFormTranslations(input: Record<string, unknown>): Record<string, unknown> {
  const translations: Record<string, Record<string, unknown>> = {};
  const rest: Record<string, unknown> = {};
  const added = typeof input["newTranslation.language"] === "string" ? input["newTranslation.language"] : "";
  for (const [name, value] of Object.entries(input)) {
    const match = FORM_FIELD.exec(name) ?? NEW_FIELD.exec(name);
    if (!match) {
      if (name !== "newTranslation.language") rest[name] = value;
    } else if (value !== undefined) (translations[match[1]!] ??= {})[match[2] ?? added] = value;
  }
  return { ...rest, translations };
}

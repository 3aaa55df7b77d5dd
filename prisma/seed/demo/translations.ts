// The demo data's own texts are written in English; their Spanish, French and Vietnamese versions
// show readers of those languages a record in their language (lib/platform/i18n/localized-text.ts).
import { PLAN_TEXTS } from "./translations-plans";
import { RECORD_TEXTS } from "./translations-records";
import { SUBMISSION_TEXTS } from "./translations-submissions";

export type DemoTranslations = Record<string, { es: string; fr: string; vi: string }>;

const TEXTS: DemoTranslations = { ...PLAN_TEXTS, ...RECORD_TEXTS, ...SUBMISSION_TEXTS };

/**
 * The translations column of a record whose `fields` are the given English texts: { title: { es, fr, vi } }.
 * A text without its translations stops the seed, so that an edited demo text is translated again.
 */
export function demoTranslations(fields: Record<string, string>): Record<string, DemoTranslations[string]> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, text]) => {
      const versions = TEXTS[text];
      if (!versions) throw new Error(`The demo text "${text}" has no Spanish, French and Vietnamese versions in prisma/seed/demo/translations-*.ts.`);
      return [field, versions];
    }),
  );
}

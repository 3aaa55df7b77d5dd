import "server-only";
import codelists from "@/lib/domain/iati/codelists.json" with { type: "json" };
import { languageName } from "@/lib/platform/i18n/localized-text";

/** Every ISO 639-1 language (IATI's Language codelist), named in the reader's language and sorted by that name. */
export function languageChoices(readerLocale: string): { value: string; label: string }[] {
  return codelists.Language.map(({ code }) => ({ value: code, label: `${languageName(code, readerLocale)} (${code})` })).sort((a, b) =>
    a.label.localeCompare(b.label, readerLocale),
  );
}

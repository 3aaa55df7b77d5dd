/**
 * Which text of a record's field to show a reader: the record's own (the original, written in
 * `language`) or one of its translations (`translations`, by language code, as
 * `readTranslations(record.translations)[field]` gives them). Safe for the browser: no server module.
 */
export type LocalizedText = {
  text: string;
  /** The ISO 639-1 language `text` is written in. */
  language: string;
  /** Whether `text` is the original rather than a translation. */
  isOriginal: boolean;
};

/** The language part of a locale ("es-MX" → "es"), lower case. */
export const languageOf = (locale: string) => locale.split(/[-_]/)[0]!.toLowerCase();

/**
 * The text in the reader's language when there is one (the original when it is written in that
 * language, else its translation), otherwise the original. A blank translation does not count.
 */
export function localizedText(original: string, language: string, translations: Record<string, string> | undefined, readerLocale: string): LocalizedText {
  const reader = languageOf(readerLocale);
  const source = languageOf(language || "en");
  const translated = translations?.[reader];
  if (reader !== source && typeof translated === "string" && translated.trim()) return { text: translated, language: reader, isOriginal: false };
  return { text: original, language: source, isOriginal: true };
}

/**
 * Whether the reader should be told which language the text is in: it is not theirs. A text with
 * nothing in it needs no such note.
 */
export const needsLanguageNote = (shown: LocalizedText, readerLocale: string) => shown.text.trim() !== "" && shown.language !== languageOf(readerLocale);

/**
 * A language's name in the reader's language ("es" read in French → "espagnol"), or its code. Inside
 * a sentence, Vietnamese writes "tiếng …" in lower case where the name alone is capitalised.
 */
export function languageName(language: string, readerLocale: string, { inSentence = false } = {}): string {
  let name = language;
  try {
    name = new Intl.DisplayNames([readerLocale], { type: "language", fallback: "code" }).of(language) ?? language;
  } catch {
    return language;
  }
  return inSentence && languageOf(readerLocale) === "vi" ? name.replace(/^Tiếng /, "tiếng ") : name;
}

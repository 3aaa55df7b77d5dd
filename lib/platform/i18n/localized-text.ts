import { LOCALES } from "./locales";

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

/**
 * The ISO 639-1 codes, as IATI's Language codelist lists them (lib/domain/iati/codelists.json): the
 * languages a record's text may be written or translated in.
 */
export const LANGUAGE_CODES: readonly string[] = (
  "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cv cy da de dv dz ee el en eo es et " +
  "eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz id ig ii ik io is it iu ja jv ka kg ki kj kk kl km " +
  "kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj " +
  "om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn " +
  "to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
).split(" ");

const KNOWN = new Set(LANGUAGE_CODES);

export const isLanguageCode = (value: unknown): value is string => typeof value === "string" && KNOWN.has(value);

/** A record whose texts are written in `language`, with their translations by field then language. */
export type Multilingual = { language: string; translations: Record<string, Record<string, string>> };

/** `field` of a multilingual record as the reader of `locale` sees it. */
export const recordText = (record: Multilingual, field: string, original: string, locale: string): LocalizedText =>
  localizedText(original, record.language, record.translations[field], locale);

/** A new record is written in the editor's language until they choose another. */
export const newRecordLanguages = (locale: string): Multilingual => ({ language: locale, translations: {} });

/**
 * The languages a form offers translations in: the app's languages and those the record already has,
 * except the original's. Taken from the saved record, so that a refused form shows the same boxes.
 */
export function translationLanguages(saved: Multilingual): string[] {
  const stored = Object.values(saved.translations).flatMap((texts) => Object.keys(texts));
  return [...new Set([...LOCALES, ...stored])].filter((code) => code !== saved.language);
}

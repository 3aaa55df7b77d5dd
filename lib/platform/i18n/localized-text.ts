// Which language a record's text is shown in. Safe for the browser: no server module here.

import { LOCALES } from "./locales";

/** A text as a reader sees it, with the language it is in and whether it is the one first written. */
export type LocalizedText = { text: string; language: string; isOriginal: boolean };

/**
 * The reader's language when the record has the text in it (as written or translated), else the
 * text as first written: a translation left empty never hides the original.
 */
export function localizedText(original: string, language: string, translations: Record<string, string> | undefined, locale: string): LocalizedText {
  if (language === locale) return { text: original, language, isOriginal: true };
  const translated = translations?.[locale]?.trim();
  if (translated) return { text: translated, language: locale, isOriginal: false };
  return { text: original, language, isOriginal: true };
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

/**
 * A language's name in the reader's language ("fr" is "French" to an English reader, "francés" to a
 * Spanish one). `inSentence` writes it as running text does: Vietnamese names are capitalised on
 * their own ("Tiếng Pháp", as in a list) and not within a sentence ("bằng tiếng Pháp").
 */
export function languageName(code: string, locale: string, { inSentence = false } = {}): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
    return inSentence && locale === "vi" ? name.charAt(0).toLocaleLowerCase("vi") + name.slice(1) : name;
  } catch {
    // A code Intl refuses (never one of LANGUAGE_CODES) is shown as it is.
    return code;
  }
}

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

/**
 * The languages the app speaks. Safe for the browser: no server module here. The language is the
 * person's, never the URL's, so that a shared link opens in each reader's own language.
 */
export const LOCALES = ["en", "es", "fr", "vi"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a switcher shows it to the person who reads that language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  vi: "Tiếng Việt",
};

/** The cookie that carries the choice of a visitor, signed in or not. */
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// A header longer than any browser sends, or with more ranges than anyone lists, is not worth parsing.
const MAX_HEADER_LENGTH = 1024;
const MAX_RANGES = 32;
const LANGUAGE_RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * The first of `supported` the browser's Accept-Language asks for, by quality then by order
 * ("es-MX,en;q=0.5" → "es"; "fr-CA" → "fr"); a region or script never keeps a language out. A range
 * that is not well formed is skipped; a header with nothing usable gives the default.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, supported: readonly Locale[] = LOCALES): Locale {
  if (typeof acceptLanguage !== "string" || acceptLanguage.length > MAX_HEADER_LENGTH) return DEFAULT_LOCALE;
  const ranges = acceptLanguage.split(",").slice(0, MAX_RANGES).flatMap((part, index) => {
    const [tag = "", ...params] = part.split(";").map((piece) => piece.trim());
    if (!LANGUAGE_RANGE.test(tag)) return [];
    let quality = 1;
    for (const param of params) {
      const match = QUALITY.exec(param);
      if (!match) return [];
      quality = Number(match[1]);
    }
    return quality > 0 ? [{ language: tag.split("-")[0]!.toLowerCase(), quality, index }] : [];
  });
  ranges.sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranges.find(({ language }) => (supported as readonly string[]).includes(language));
  return (match?.language as Locale | undefined) ?? DEFAULT_LOCALE;
}

// The language the app would render a request in, for the page cache's key: the choice of this
// browser (the `locale` cookie the switcher sets), else its Accept-Language, else English. A copy,
// in CommonJS for the server hook, of what lib/platform/i18n/request-locale.ts and negotiateLocale
// in lib/platform/i18n/locales.ts decide for a visitor who is not signed in (only those are cached);
// tests/unit/page-cache-locale.test.ts holds the two to the same answers.
"use strict";

const LOCALES = ["en", "es", "fr", "vi"];
const DEFAULT_LOCALE = "en";
const LOCALE_COOKIE = "locale";
const MAX_HEADER_LENGTH = 1024;
const MAX_RANGES = 32;
const LANGUAGE_RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/** The first of LOCALES the Accept-Language asks for, by quality then by order; English when none. */
function negotiateLocale(acceptLanguage) {
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
    return quality > 0 ? [{ language: tag.split("-")[0].toLowerCase(), quality, index }] : [];
  });
  ranges.sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranges.find(({ language }) => LOCALES.includes(language));
  return match ? match.language : DEFAULT_LOCALE;
}

/** The locale of a signed-out visitor: `cookieValue` (the `locale` cookie) when it names one, else the negotiated one. */
function visitorLocale(cookieValue, acceptLanguage) {
  return LOCALES.includes(cookieValue) ? cookieValue : negotiateLocale(acceptLanguage);
}

module.exports = { LOCALE_COOKIE, negotiateLocale, visitorLocale };

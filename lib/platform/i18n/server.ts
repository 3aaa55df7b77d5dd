import "server-only";
import { getLocale, getMessages, getTimeZone, getTranslations as nextIntlTranslations, getFormatter as nextIntlFormatter } from "next-intl/server";
import { cache } from "react";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "use-intl/core";

// next-intl's getTranslations and getFormatter start from empty caches on every request, so each
// page parsed every ICU message it showed and built its Intl formatters afresh: a large share of a
// signed-in page's CPU. These take the request's language, time zone and messages from the same
// request configuration (request.ts) but keep what they compile for the life of the process.

type Compiled = { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters> };

/** Compiled messages and formatters per language and time zone, the most recently used kept. */
const MAX_KEPT = 32;
const compiled = new Map<string, Compiled>();

/**
 * What was compiled for this language and time zone. The caches' own keys hold the message, the
 * language and the time zone, so sharing them cannot mix readers up; one set per pair bounds their
 * size: the pairs are few (canonical time zones only) and the least recently used goes first.
 */
export function compiledFor(locale: string, timeZone: string): Compiled {
  const key = `${locale}\u0000${timeZone}`;
  let entry = compiled.get(key);
  if (entry) {
    compiled.delete(key);
  } else {
    const store = _createCache();
    // The message formatter use-intl adds to `formatters` on first use keeps to this same cache.
    entry = { cache: store, formatters: _createIntlFormatters(store) };
    if (compiled.size >= MAX_KEPT) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(key, entry);
  return entry;
}

const requestSettings = cache(async () => {
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return { locale, timeZone, messages, shared: compiledFor(locale, timeZone) };
});

const translations = cache(async (namespace: string | undefined) => {
  const { locale, timeZone, messages, shared } = await requestSettings();
  return createTranslator({ locale, timeZone, messages, namespace, _cache: shared.cache, _formatters: shared.formatters });
});

/**
 * The request's translator for a namespace, as next-intl's getTranslations, with its messages
 * compiled once per process. Asked for another language (`{ locale }`), next-intl's own.
 */
export const getTranslations = ((options?: string | { locale?: string; namespace?: string }) =>
  typeof options === "object" && options.locale ? nextIntlTranslations(options as never) : translations(typeof options === "object" ? options.namespace : options)) as unknown as typeof nextIntlTranslations;

const formatter = cache(async () => {
  const { locale, timeZone, shared } = await requestSettings();
  return createFormatter({ locale, timeZone, _formatters: shared.formatters, now: new Date() });
});

/** The request's formatter, as next-intl's getFormatter, with its Intl formatters built once per process. */
export const getFormatter = ((options?: { locale?: string }) => (options?.locale ? nextIntlFormatter(options as never) : formatter())) as unknown as typeof nextIntlFormatter;

export { getLocale };

import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/platform/i18n/locales";

/** A translator of one namespace, whatever its messages (they are loaded at run time, so untyped). */
export type Translate = {
  (key: string, values?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
};

/** The language to write to someone in: the one they chose (User.locale), else English. */
export function recipientLocale(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * Messages and formats in the recipient's language, for what is written outside any request (the
 * worker's emails, the command line) or for someone other than the reader of the page. Times are in
 * UTC, as on the pages.
 */
export async function recipientTranslator(locale: string | null | undefined, namespace: string) {
  const language = recipientLocale(locale);
  const messages = await loadMessages(language);
  return {
    locale: language,
    t: createTranslator({ locale: language, messages, namespace, timeZone: "UTC" }) as unknown as Translate,
    format: createFormatter({ locale: language, timeZone: "UTC" }),
  };
}

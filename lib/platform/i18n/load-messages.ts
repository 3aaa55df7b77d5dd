import "server-only";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/** One message file per area of the app, merged; each file holds its own top-level namespaces. */
export const MESSAGE_FILES = ["common", "auth", "account", "admin", "audit", "agreements", "institutions", "programs", "participation", "exchanges", "plans", "notifications", "notification-preferences", "insights", "evidence", "exports", "api-docs", "api-reference", "iati", "history", "time-zone", "record-languages", "multilingual", "accessibility", "forms", "lists-and-cards", "my-work", "publishing", "spreadsheet-import", "submissions", "submission-form"] as const;

type Messages = Record<string, unknown>;

const importFile = async (locale: Locale, file: string): Promise<Messages> => (await import(`./messages/${locale}/${file}.json`)).default;

const loaded = new Map<Locale, Promise<Messages>>();

/**
 * A language's messages. A file its translation does not have yet is read in English, so a
 * language can arrive file by file; tests/unit/i18n-parity.test.ts keeps a finished one complete.
 * Merged once per language and kept, frozen: every page asks for them, and merging some 30 files
 * on each request cost a few milliseconds of CPU. A load that fails is not kept.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = mergeFiles(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}

async function mergeFiles(locale: Locale): Promise<Messages> {
  const files = await Promise.all(MESSAGE_FILES.map((file) => (locale === DEFAULT_LOCALE ? importFile(locale, file) : importFile(locale, file).catch(() => importFile(DEFAULT_LOCALE, file)))));
  return Object.freeze(Object.assign({}, ...files) as Messages);
}

let available: Promise<Locale[]> | undefined;

/**
 * The languages whose messages the app holds (English always): the others are not offered until
 * their translation is there. Found once, by the files the build bundled.
 */
export function availableLocales(): Promise<Locale[]> {
  available ??= Promise.all(LOCALES.map((locale) => importFile(locale, "common").then(() => locale, () => null))).then((found) => found.filter((locale) => locale !== null));
  return available;
}

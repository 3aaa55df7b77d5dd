import { getFormatter, getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { HistoryEntry } from "@/lib/platform/audit/history/describe-entry";
import type { HistoryLanguage } from "@/lib/platform/audit/history/history-values";
import { loadHistoryNames } from "@/lib/platform/audit/history/load-history-names";

/** The reader's messages, formats and locale, with the names of the records a page of entries points to. */
export async function historyLanguage(entries: readonly HistoryEntry[]): Promise<HistoryLanguage> {
  const [t, format, locale, names] = await Promise.all([getTranslations(), getFormatter(), getLocale(), loadHistoryNames(entries)]);
  return { t, format, locale, names };
}

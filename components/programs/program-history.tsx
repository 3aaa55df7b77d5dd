import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { Page } from "@/lib/platform/api/pagination";
import { describeEntry, type HistoryEntry } from "@/lib/platform/audit/history/describe-entry";
import { HistoryEntryView } from "@/components/history/history-entry";
import { historyLanguage } from "@/components/history/history-language";

type HistoryEvent = HistoryEntry & { id: string; at: Date };

/** The program's history from the audit trail, newest first, each entry a sentence in the reader's language. */
export async function ProgramHistory({ programId, page }: { programId: string; page: Page<HistoryEvent> }) {
  const [t, language] = await Promise.all([getTranslations("ProgramHistory"), historyLanguage(page.data)]);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("title")}</h2>
      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="card-list">
          {page.data.map((event) => (
            <li key={event.id} className="card">
              <HistoryEntryView at={event.at} described={describeEntry(event, language)} language={language} />
            </li>
          ))}
        </ol>
      )}
      {page.page.nextCursor && (
        <p>
          <Link href={`/programs/${programId}?tab=history&cursor=${page.page.nextCursor}`}>{t("older")}</Link>
        </p>
      )}
    </section>
  );
}

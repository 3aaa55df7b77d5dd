import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { describeEntry, type HistoryEntry } from "@/lib/platform/audit/history/describe-entry";
import { HistoryEntryView } from "@/components/history/history-entry";
import { historyLanguage } from "@/components/history/history-language";

type TimelineEvent = HistoryEntry & { id: string; at: Date };

/**
 * Everything that happened to a plan, oldest first, from its audit trail, each entry a sentence in
 * the reader's language: drafting and edits, status changes with their comment, reviews with their
 * decision and comment, measures added, reported on, verified and given evidence, and comments.
 */
export async function PlanTimeline({ events, laterHref }: { events: TimelineEvent[]; laterHref: string | null }) {
  const [t, language] = await Promise.all([getTranslations("PlanTimeline"), historyLanguage(events)]);

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("title")}</h2>
      {events.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="card-list">
          {events.map((event) => (
            <li key={event.id} className="card">
              <HistoryEntryView at={event.at} described={describeEntry(event, language)} language={language} />
            </li>
          ))}
        </ol>
      )}
      {laterHref && (
        <p>
          <Link href={laterHref}>{t("later")}</Link>
        </p>
      )}
    </section>
  );
}

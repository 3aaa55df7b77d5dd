import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { describeEntry, type HistoryEntry } from "@/lib/platform/audit/history/describe-entry";
import { HistoryLines, HistoryTime } from "@/components/history/history-entry";
import { historyLanguage } from "@/components/history/history-language";
import styles from "./plan-timeline.module.css";

type TimelineEvent = HistoryEntry & { id: string; at: Date };

/**
 * Everything that happened to a plan, oldest first, from its audit trail: an ordered list down a
 * vertical line, each event its date and a sentence in the reader's language (drafting and edits,
 * status changes with their comment, reviews with their decision and comment, measures added,
 * reported on, verified and given evidence, and comments), then what it changed.
 */
export async function PlanTimeline({ events, laterHref }: { events: TimelineEvent[]; laterHref: string | null }) {
  const [t, tOrder, language] = await Promise.all([getTranslations("PlanTimeline"), getTranslations("Timeline"), historyLanguage(events)]);

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("title")}</h2>
      {events.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="muted">{tOrder("oldestFirst")}</p>
          <ol className={styles.timeline}>
            {events.map((event) => {
              const described = describeEntry(event, language);
              return (
                <li key={event.id} className={styles.event}>
                  <p className={styles.date}>
                    <HistoryTime at={event.at} language={language} />
                  </p>
                  <p className={styles.sentence}>{described.sentence}</p>
                  {described.notes.map((note, index) => (
                    <p key={index} className={styles.note}>
                      {note}
                    </p>
                  ))}
                  <HistoryLines lines={described.changes} />
                </li>
              );
            })}
          </ol>
        </>
      )}
      {laterHref && (
        <p>
          <Link href={laterHref}>{t("later")}</Link>
        </p>
      )}
    </section>
  );
}

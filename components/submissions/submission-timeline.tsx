import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { calendarDate } from "@/lib/platform/format/dates";
import type { TimelineEntry } from "@/lib/domain/submissions/submission-timeline";
import styles from "./submission.module.css";

/** The submission's history: each move with what was said with it, each hearing and follow-up recorded. */
export async function SubmissionTimeline({ entries }: { entries: TimelineEntry[] }) {
  const [t, tStatus, tKind, format] = await Promise.all([getTranslations("Submission"), getTranslations("SubmissionStatus"), getTranslations("SubmissionHearingKind"), getFormatter()]);
  const what = (entry: TimelineEntry) => {
    switch (entry.kind) {
      case "move":
        return t("timeline.move", { status: tStatus(entry.status) });
      case "hearing":
        return t(entry.added ? "timeline.hearingAdded" : "timeline.hearingRemoved", {
          kind: tKind(entry.hearing),
          date: entry.date ? format.dateTime(new Date(`${entry.date}T00:00:00Z`), calendarDate()) : "",
        });
      case "followUp":
        return t(entry.added ? "timeline.followUpAdded" : "timeline.followUpRemoved", { position: entry.position });
    }
  };
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("timelineTitle")}</h2>
      {entries.length === 0 ? (
        <p>{t("timelineEmpty")}</p>
      ) : (
        <ol>
          {entries.map((entry, index) => (
            <li key={index}>
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time> — {what(entry)}
              {entry.by && <span className="muted"> · {t("timeline.by", { name: entry.by })}</span>}
              {entry.kind === "move" && entry.text && <p className={styles.text}>{entry.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

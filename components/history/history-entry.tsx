import type { EntryDescription } from "@/lib/platform/audit/history/describe-entry";
import type { HistoryLanguage } from "@/lib/platform/audit/history/history-values";

/** When an entry was made, in the reader's format. */
export function HistoryTime({ at, language }: { at: Date; language: HistoryLanguage }) {
  return <time dateTime={at.toISOString()}>{language.format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}</time>;
}

/** The lines of a change, each field in words; nothing when there are none. */
export function HistoryLines({ lines, label }: { lines: string[]; label?: string }) {
  if (lines.length === 0) return null;
  return (
    <>
      {label && <p className="history-lines-heading">{label}</p>}
      <ul className="history-lines">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** One entry of a record's history: who did what, when, the reason or comment given, and what changed. */
export function HistoryEntryView({ at, described, language }: { at: Date; described: EntryDescription; language: HistoryLanguage }) {
  return (
    <div className="history-entry">
      <p>
        <strong>{described.sentence}</strong>
      </p>
      <p className="muted">
        <HistoryTime at={at} language={language} />
      </p>
      {described.notes.map((note, index) => (
        <p key={index} className="multiline">
          {note}
        </p>
      ))}
      <HistoryLines lines={described.changes} />
    </div>
  );
}

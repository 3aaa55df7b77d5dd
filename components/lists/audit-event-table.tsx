import { getTranslations } from "@/lib/platform/i18n/server";
import type { listAuditEvents } from "@/lib/platform/audit/list-audit-events";
import { describeEntry } from "@/lib/platform/audit/history/describe-entry";
import type { HistoryLanguage } from "@/lib/platform/audit/history/history-values";
import { HistoryLines, HistoryTime } from "@/components/history/history-entry";
import { historyLanguage } from "@/components/history/history-language";
import { ListTable, type ListColumn } from "./list-table";

type AuditEvent = Awaited<ReturnType<typeof listAuditEvents>>["data"][number] & { subject?: string | null };
type Translate = Awaited<ReturnType<typeof getTranslations<"Audit">>>;

/**
 * One page of the audit trail, each entry a sentence in the reader's language; behind a disclosure,
 * what changed field by field and, for the record, the data as stored (wrapped, never wider than the page).
 */
export async function AuditEventTable({ events: rows, subjects }: { events: AuditEvent[]; subjects?: ReadonlyMap<string, string> }) {
  const events = rows.map((event) => ({ ...event, subject: subjects?.get(event.entityId) ?? null }));
  const [t, language] = await Promise.all([getTranslations("Audit"), historyLanguage(events)]);
  const entity = (event: AuditEvent) => (
    <span className="history-wrap">
      {language.t.has(`History.entity.${event.entityType}`) ? language.t(`History.entity.${event.entityType}`) : event.entityType} <code>{event.entityId}</code>
    </span>
  );
  const columns: ListColumn<AuditEvent>[] = [
    { label: t("at"), cell: (event) => <HistoryTime at={event.at} language={language} /> },
    { label: t("actor"), cell: (event) => <span className="history-wrap">{event.actor ? `${event.actor.name} <${event.actor.email}>` : t("system")}</span> },
    { label: t("action"), cell: (event) => <span className="history-wrap">{describeEntry(event, language).sentence}</span> },
    { label: t("entity"), cell: entity },
    { label: t("change"), cell: (event) => <AuditChange event={event} t={t} language={language} /> },
  ];
  return <ListTable rows={events} columns={columns} caption={t("caption")} none={t("none")} scroll />;
}

/** An entry's change in words (its notes, each field changed, or the values created or removed), then the data as stored. */
function AuditChange({ event, t, language }: { event: AuditEvent; t: Translate; language: HistoryLanguage }) {
  const described = describeEntry(event, language);
  const raw = (value: unknown) => (value ? JSON.stringify(value, null, 2) : "—");
  return (
    <details className="audit-change">
      <summary>{t("details")}</summary>
      <p className="muted">
        {t("requestId")}: <code>{event.requestId ?? "—"}</code>
      </p>
      {described.notes.map((note, index) => (
        <p key={index} className="history-wrap">
          {note}
        </p>
      ))}
      <HistoryLines lines={described.changes} label={language.t("History.changes")} />
      <HistoryLines lines={described.after} label={language.t("History.created")} />
      <HistoryLines lines={described.before} label={language.t("History.deleted")} />
      <details>
        <summary>{language.t("History.recorded")}</summary>
        <p className="audit-json-heading">{t("before")}</p>
        <pre className="audit-json">{raw(event.before)}</pre>
        <p className="audit-json-heading">{t("after")}</p>
        <pre className="audit-json">{raw(event.after)}</pre>
      </details>
    </details>
  );
}

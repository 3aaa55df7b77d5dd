import { getFormatter, getTranslations } from "next-intl/server";
import type { listAuditEvents } from "@/lib/platform/audit/list-audit-events";
import { ListTable, type ListColumn } from "./list-table";

type AuditEvent = Awaited<ReturnType<typeof listAuditEvents>>["data"][number];

/** One page of the audit trail, each entry's before and after behind a disclosure. */
export async function AuditEventTable({ events }: { events: AuditEvent[] }) {
  const [t, format] = await Promise.all([getTranslations("Audit"), getFormatter()]);
  const entity = (event: AuditEvent) => (
    <>
      {event.entityType} <code>{event.entityId}</code>
    </>
  );
  const change = (event: AuditEvent) => (
    <details>
      <summary>{t("details")}</summary>
      <p className="muted">
        {t("requestId")}: <code>{event.requestId ?? "—"}</code>
      </p>
      <h3 className="audit-json-heading">{t("before")}</h3>
      <pre className="audit-json">{event.before ? JSON.stringify(event.before, null, 2) : "—"}</pre>
      <h3 className="audit-json-heading">{t("after")}</h3>
      <pre className="audit-json">{event.after ? JSON.stringify(event.after, null, 2) : "—"}</pre>
    </details>
  );
  const columns: ListColumn<AuditEvent>[] = [
    { label: t("at"), cell: (event) => format.dateTime(event.at, { dateStyle: "medium", timeStyle: "medium" }) },
    { label: t("actor"), cell: (event) => (event.actor ? `${event.actor.name} <${event.actor.email}>` : t("system")) },
    { label: t("action"), cell: (event) => <code>{event.action}</code> },
    { label: t("entity"), cell: entity },
    { label: t("change"), cell: change },
  ];
  return <ListTable rows={events} columns={columns} caption={t("caption")} none={t("none")} />;
}

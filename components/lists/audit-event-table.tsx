import { getFormatter, getTranslations } from "next-intl/server";
import type { listAuditEvents } from "@/lib/platform/audit/list-audit-events";

/** One page of the audit trail, each entry's before and after behind a disclosure. */
export async function AuditEventTable({ events }: { events: Awaited<ReturnType<typeof listAuditEvents>>["data"] }) {
  const [t, format] = await Promise.all([getTranslations("Audit"), getFormatter()]);
  if (events.length === 0) return <p>{t("none")}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("at")}</th>
          <th scope="col">{t("actor")}</th>
          <th scope="col">{t("action")}</th>
          <th scope="col">{t("entity")}</th>
          <th scope="col">{t("change")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>{format.dateTime(event.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
            <td>{event.actor ? `${event.actor.name} <${event.actor.email}>` : t("system")}</td>
            <td>
              <code>{event.action}</code>
            </td>
            <td>
              {event.entityType} <code>{event.entityId}</code>
            </td>
            <td>
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

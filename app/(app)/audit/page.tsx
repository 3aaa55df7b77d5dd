import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ZPageQuery } from "@/lib/platform/api/pagination";
import { listAuditEvents, ZAuditFilter } from "@/lib/platform/audit/list-audit-events";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { FilterForm } from "@/components/ui/filter-field";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Audit"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser("/audit");
  if (!can(user, "audit.read")) notFound();
  const params = await searchParams;
  const t = await getTranslations("Audit");
  const format = await getFormatter();

  const raw = {
    actor: first(params.actor),
    action: first(params.action),
    entityType: first(params.entityType),
    entityId: first(params.entityId),
    from: first(params.from),
    to: first(params.to),
  };
  const parsed = ZAuditFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const paging = ZPageQuery.safeParse({ limit: first(params.limit), cursor: first(params.cursor) });
  const page = await listAuditEvents(user, filter, paging.success ? paging.data : { limit: 25 });

  const next = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1])));
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <FilterForm
        label={t("filters")}
        clearHref="/audit"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        problems={parsed.success ? undefined : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join(" ")}
      >
        {(["actor", "action", "entityType", "entityId"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`audit-${name}`}>{t(`filter.${name}`)}</label>
            <input id={`audit-${name}`} name={name} defaultValue={raw[name] ?? ""} />
          </div>
        ))}
        {(["from", "to"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`audit-${name}`}>{t(`filter.${name}`)}</label>
            <input id={`audit-${name}`} name={name} type="date" defaultValue={raw[name] ?? ""} />
          </div>
        ))}
      </FilterForm>

      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
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
            {page.data.map((event) => (
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
      )}
      {page.page.nextCursor && (
        <p>
          <Link href={`/audit?${next.toString()}`}>{t("older")}</Link>
        </p>
      )}
    </>
  );
}

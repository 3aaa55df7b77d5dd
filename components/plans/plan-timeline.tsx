import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

type TimelineEvent = { id: string; at: Date; action: string; before: unknown; after: unknown; actor: { name: string } | null };

type Snapshot = {
  status?: string;
  comment?: string | null;
  review?: { decision?: string; comment?: string };
  measure?: { title?: string; status?: string };
  document?: { title?: string };
};

/**
 * Everything that happened to a plan, oldest first, from its audit trail: drafting and edits,
 * status changes with their comment, reviews with their decision and comment, measures added,
 * reported on, verified and given evidence, and comments.
 */
export async function PlanTimeline({ events, laterHref }: { events: TimelineEvent[]; laterHref: string | null }) {
  const [t, tStatus, tMeasure, tDecision, format] = await Promise.all([
    getTranslations("PlanTimeline"),
    getTranslations("PlanStatus"),
    getTranslations("MeasureStatus"),
    getTranslations("ReviewDecision"),
    getFormatter(),
  ]);

  function details(event: TimelineEvent) {
    const before = (event.before ?? {}) as Snapshot;
    const after = (event.after ?? {}) as Snapshot;
    switch (event.action) {
      case "plan.transition":
        return (
          <>
            <p>{t("statusChange", { from: tStatus(before.status ?? "DRAFT"), to: tStatus(after.status ?? "DRAFT") })}</p>
            {typeof after.comment === "string" && after.comment && <p className="multiline">{after.comment}</p>}
          </>
        );
      case "plan.review":
        return (
          <>
            <p>
              {tDecision(after.review?.decision ?? "COMMENT")}
              {before.status !== after.status && ` · ${t("statusChange", { from: tStatus(before.status ?? "DRAFT"), to: tStatus(after.status ?? "DRAFT") })}`}
            </p>
            <p className="multiline">{after.review?.comment}</p>
          </>
        );
      case "measure.create":
      case "measure.update":
      case "measure.delete":
      case "measure.verify":
        return <p>{(after.measure ?? before.measure)?.title}</p>;
      case "measure.report":
        return <p>{t("measureReport", { title: after.measure?.title ?? "?", status: tMeasure(after.measure?.status ?? "SCHEDULED") })}</p>;
      case "measure.evidence.attach":
      case "measure.evidence.remove":
        return <p>{(after.document ?? before.document)?.title}</p>;
      default:
        return null;
    }
  }

  const label = (action: string) => (t.has(`action.${action.replaceAll(".", "_")}`) ? t(`action.${action.replaceAll(".", "_")}`) : action);

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("title")}</h2>
      {events.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="card-list">
          {events.map((event) => (
            <li key={event.id} className="card">
              <p>
                <strong>{label(event.action)}</strong> · <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
                {event.actor?.name ?? t("system")}
              </p>
              {details(event)}
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

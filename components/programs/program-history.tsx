import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Page } from "@/lib/platform/api/pagination";
import { EDITABLE_PROGRAM_FIELDS } from "@/lib/domain/programs/program-record";

type HistoryEvent = { id: string; at: Date; action: string; before: unknown; after: unknown; actor: { name: string } | null };

type Snapshot = Record<string, unknown>;

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "—";
  return Array.isArray(value) ? value.join(", ") : String(value);
};

/** The program's history from the audit trail, newest first, each change said in words. */
export async function ProgramHistory({ programId, page }: { programId: string; page: Page<HistoryEvent> }) {
  const [t, tForm, format] = await Promise.all([getTranslations("ProgramHistory"), getTranslations("ProgramForm"), getFormatter()]);

  function details(event: HistoryEvent) {
    const before = (event.before ?? {}) as Snapshot;
    const after = (event.after ?? {}) as Snapshot;
    switch (event.action) {
      case "program.update":
      case "program.reopen": {
        const changed = EDITABLE_PROGRAM_FIELDS.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
        return (
          <>
            {typeof after.statusReason === "string" && <p>{t("reason", { reason: after.statusReason })}</p>}
            {changed.length > 0 && (
              <ul>
                {changed.map((field) => (
                  <li key={field}>
                    {tForm(field)}: {show(before[field])} → {show(after[field])}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }
      case "program.participant.add":
      case "program.participant.remove": {
        const participant = ((event.after ?? event.before) as { participant?: { organisation?: string; role?: string } } | null)?.participant;
        return <p>{t("participant", { organisation: participant?.organisation ?? "?", role: participant?.role ?? "?" })}</p>;
      }
      case "program.document.attach":
      case "program.document.remove": {
        const document = ((event.after ?? event.before) as { document?: { title?: string; category?: string } } | null)?.document;
        return <p>{t("document", { title: document?.title ?? "?", category: document?.category ?? "?" })}</p>;
      }
      case "participation.request":
      case "participation.accept":
      case "participation.decline":
      case "participation.withdraw": {
        const request = ((event.after ?? event.before) as { request?: { organisation?: string; role?: string; decisionReason?: string } } | null)?.request;
        return (
          <>
            <p>{t("participant", { organisation: request?.organisation ?? "?", role: request?.role ?? "?" })}</p>
            {event.action !== "participation.request" && request?.decisionReason && <p className="multiline">{t("reason", { reason: request.decisionReason })}</p>}
          </>
        );
      }
      case "event.create":
      case "event.update":
      case "event.delete": {
        const changed = ((event.after ?? event.before) as { event?: { title?: string } } | null)?.event;
        return <p>{changed?.title ?? "?"}</p>;
      }
      case "event.attendance.record":
      case "event.attendance.update":
      case "event.attendance.delete": {
        const entry = (event.after ?? event.before) as {
          event?: { title?: string };
          attendance?: { constituency?: string; women?: number; men?: number; organisation?: { name?: string } | null };
        } | null;
        return (
          <p>
            {t("attendance", {
              event: entry?.event?.title ?? "?",
              organisation: entry?.attendance?.organisation?.name ?? "—",
              constituency: entry?.attendance?.constituency ?? "?",
              women: entry?.attendance?.women ?? 0,
              men: entry?.attendance?.men ?? 0,
            })}
          </p>
        );
      }
      default:
        return null;
    }
  }

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("title")}</h2>
      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="card-list">
          {page.data.map((event) => (
            <li key={event.id} className="card">
              <p>
                <strong>{t.has(`action.${event.action.replaceAll(".", "_")}`) ? t(`action.${event.action.replaceAll(".", "_")}`) : event.action}</strong> ·{" "}
                <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
                {event.actor?.name ?? t("system")}
              </p>
              {details(event)}
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

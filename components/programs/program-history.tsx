import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Page } from "@/lib/platform/api/pagination";
import { EDITABLE_PROGRAM_FIELDS } from "@/lib/domain/programs/program-record";

type HistoryEvent = { id: string; at: Date; action: string; before: unknown; after: unknown; actor: { name: string } | null };

type Snapshot = Record<string, unknown>;
type Translate = Awaited<ReturnType<typeof getTranslations>>;

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "—";
  return Array.isArray(value) ? value.join(", ") : String(value);
};

/** The program's history from the audit trail, newest first, each change said in words. */
export async function ProgramHistory({ programId, page }: { programId: string; page: Page<HistoryEvent> }) {
  const [t, tForm, format] = await Promise.all([getTranslations("ProgramHistory"), getTranslations("ProgramForm"), getFormatter()]);
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
              {details(event, t, tForm)}
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

/** What an event changed, in words; nothing for an event that says it all by its name. */
function details(event: HistoryEvent, t: Translate, tForm: Translate) {
  // Events filed on the program carry the part they changed (participant, document…) in their snapshot.
  const part = (event.after ?? event.before) as Snapshot | null;
  switch (event.action) {
    case "program.update":
    case "program.reopen":
      return programChanges((event.before ?? {}) as Snapshot, (event.after ?? {}) as Snapshot, t, tForm);
    case "program.participant.add":
    case "program.participant.remove": {
      const participant = part?.participant as { organisation?: string; role?: string } | undefined;
      return <p>{t("participant", { organisation: participant?.organisation ?? "?", role: participant?.role ?? "?" })}</p>;
    }
    case "program.document.attach":
    case "program.document.remove": {
      const document = part?.document as { title?: string; category?: string } | undefined;
      return <p>{t("document", { title: document?.title ?? "?", category: document?.category ?? "?" })}</p>;
    }
    case "participation.request":
    case "participation.accept":
    case "participation.decline":
    case "participation.withdraw":
      return participationRequest(event.action, part?.request as ParticipationRequest | undefined, t);
    case "event.create":
    case "event.update":
    case "event.delete":
      return <p>{(part?.event as { title?: string } | undefined)?.title ?? "?"}</p>;
    case "event.attendance.record":
    case "event.attendance.update":
    case "event.attendance.delete":
      return attendance(part as AttendanceEntry | null, t);
    default:
      return null;
  }
}

/** The reason given for a status change, and each field changed, from its old value to its new one. */
function programChanges(before: Snapshot, after: Snapshot, t: Translate, tForm: Translate) {
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

type ParticipationRequest = { organisation?: string; role?: string; decisionReason?: string };

/** Who asked to take part in which role, and why the ministry decided as it did. */
function participationRequest(action: string, request: ParticipationRequest | undefined, t: Translate) {
  return (
    <>
      <p>{t("participant", { organisation: request?.organisation ?? "?", role: request?.role ?? "?" })}</p>
      {action !== "participation.request" && request?.decisionReason && <p className="multiline">{t("reason", { reason: request.decisionReason })}</p>}
    </>
  );
}

type AttendanceEntry = {
  event?: { title?: string };
  attendance?: { constituency?: string; women?: number; men?: number; organisation?: { name?: string } | null };
};

/** Who attended which event, for which constituency, with women and men counted. */
function attendance(entry: AttendanceEntry | null, t: Translate) {
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

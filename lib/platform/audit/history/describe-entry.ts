import "server-only";
import { changeLines, recordOf, valueLines } from "./history-changes";
import { enumLabel, shorten, valueText, type HistoryLanguage, type Snapshot } from "./history-values";

/** An audit entry as the history pages read it. `subject` names the record when the page looked it up (e.g. a user's name). */
export type HistoryEntry = { action: string; before: unknown; after: unknown; actor: { name: string } | null; subject?: string | null };

/**
 * An entry in words: one sentence saying who did what ("Maria López published the program"), notes
 * quoting a reason or comment given, and the change field by field; `before` and `after` list the
 * values of a record that was only deleted or only created.
 */
export type EntryDescription = { sentence: string; notes: string[]; changes: string[]; before: string[]; after: string[] };

const asSnapshot = (value: unknown): Snapshot | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : null);
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);

/** The message an action is said with; a program edit that published it or moved its status says so. */
export function messageKey(action: string, before: Snapshot, after: Snapshot): string {
  if (action === "program.update" && before.visibility !== after.visibility && after.visibility) return after.visibility === "PUBLISHED" ? "program_publish" : "program_unpublish";
  if (action === "program.update" && before.status !== after.status && after.status) return "program_status";
  return action.replaceAll(".", "_");
}

/** What the record is called in the sentence: its title or name, or what identifies it best. */
function nameOf(entity: string, record: Snapshot, snapshot: Snapshot, entry: HistoryEntry, language: HistoryLanguage): string {
  const { t } = language;
  const event = asSnapshot(snapshot.event);
  if (entity === "attendance" && event) return text(event.title) ?? t("History.unnamed");
  if (entity === "period" || entity === "budget") {
    const from = valueText("periodStart", record.periodStart, record, entity, language);
    const to = valueText("periodEnd", record.periodEnd, record, entity, language);
    return from && to ? t("History.range", { from, to }) : t("History.unnamed");
  }
  if (entity === "meeting") return [valueText("date", record.date, record, entity, language), text(record.place)].filter(Boolean).join(", ") || t("History.unnamed");
  if (entity === "exchangeRate" && text(record.currencyCode)) return `${record.currencyCode}/${text(record.quoteCurrencyCode) ?? "?"}`;
  if (entity === "user") return text(entry.subject) ?? text(record.name) ?? text(record.email) ?? t("History.someone");
  const organisation = typeof record.organisationId === "string" ? language.names?.get(record.organisationId) : undefined;
  const name = text(record.title) ?? text(record.name) ?? text(record.organisation) ?? organisation ?? text(record.fileName) ?? text(entry.subject);
  return name ? shorten(name, 80) : t("History.unnamed");
}

/** Every value a sentence may name; each message takes those it needs. */
function sentenceValues(entry: HistoryEntry, before: Snapshot, after: Snapshot, language: HistoryLanguage) {
  const { t } = language;
  const snapshot = Object.keys(after).length ? after : before;
  const { entity, record } = recordOf(snapshot, entry.action);
  const attendance = entity === "attendance" ? record : {};
  const review = asSnapshot(after.review) ?? {};
  const label = (field: string, value: unknown, kind = entity) => (typeof value === "string" ? enumLabel(field, value, kind, language) : "?");
  return {
    actor: entry.actor?.name ?? t("History.system"),
    name: nameOf(entity, record, snapshot, entry, language),
    role: label("role", record.role),
    status: label("status", record.status),
    type: label("type", record.type),
    // A status change is said of the record the action names (the plan, the program), not of a part it wraps.
    from: label("status", before.status, entry.action.split(".")[0]),
    to: label("status", after.status, entry.action.split(".")[0]),
    amount: valueText("amount", record.amount, record, entity, language) || "?",
    decision: text(review.decision) ?? "COMMENT",
    how: text(after.action) ?? "create",
    // A refusal's reason is a code ("account-disabled"); its message selects the words by it.
    why: text(after.reason)?.replaceAll("-", "_") ?? "other",
    minutes: typeof after.minutes === "number" ? after.minutes : 0,
    organisation: text(asSnapshot(attendance.organisation)?.name) ?? t("History.noOrganisation"),
    constituency: label("constituency", attendance.constituency),
    women: typeof attendance.women === "number" ? attendance.women : 0,
    men: typeof attendance.men === "number" ? attendance.men : 0,
  };
}

/** A reason or comment the person gave with the change, quoted. */
function notesOf(action: string, before: Snapshot, after: Snapshot, language: HistoryLanguage): string[] {
  const { t } = language;
  const { entity, record } = recordOf(Object.keys(after).length ? after : before, action);
  const reason = action.startsWith("program.") ? (text(after.statusReason) ?? text(after.reason)) : text(record.decisionReason);
  const comment =
    action === "plan.transition"
      ? text(after.comment)
      : action === "plan.review"
        ? text(asSnapshot(after.review)?.comment)
        : action === "submission.move"
          ? (text(after.reason) ?? text(after.note) ?? text(after.findings))
          : entity === "comment"
            ? text(record.body)
            : undefined;
  return [...(reason ? [t("History.note.reason", { reason: shorten(reason) })] : []), ...(comment ? [t("History.note.comment", { comment: shorten(comment) })] : [])];
}

// Said by the sentence itself or by a note, or a bulk import whose snapshots are not two versions of one record.
const NO_CHANGE_LIST = new Set(["plan.transition", "plan.review", "program.import", "submission.move"]);

/** An audit entry as a sentence in the reader's language, with its notes and its changes in words. */
export function describeEntry(entry: HistoryEntry, language: HistoryLanguage): EntryDescription {
  const before = asSnapshot(entry.before) ?? {};
  const after = asSnapshot(entry.after) ?? {};
  const key = `History.action.${messageKey(entry.action, before, after)}`;
  const values = sentenceValues(entry, before, after, language);
  const sentence = language.t.has(key) ? language.t(key, values) : language.t("History.action.unknown", values);
  const notes = notesOf(entry.action, before, after, language);
  const older = recordOf(before, entry.action);
  const newer = recordOf(after, entry.action);
  const both = entry.before != null && entry.after != null && !NO_CHANGE_LIST.has(entry.action);
  // Said in a note, or by the sentence itself (why an account was locked or a link refused).
  const skip = ["statusReason", ...(entry.action.startsWith("program.") || entry.action.startsWith("user.") ? ["reason"] : [])];
  return {
    sentence,
    notes,
    changes: both ? changeLines(older.record, newer.record, newer.entity, language, skip) : [],
    before: entry.after == null && entry.before != null ? valueLines(older.record, older.entity, language, skip) : [],
    after: entry.before == null && entry.after != null ? valueLines(newer.record, newer.entity, language, skip) : [],
  };
}

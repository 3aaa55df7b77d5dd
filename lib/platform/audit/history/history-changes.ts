import "server-only";
import { fieldLabel, isReference, valueText, type HistoryLanguage, type Snapshot } from "./history-values";

// Bookkeeping a reader has no use for: ids, versions, timestamps of the row, hashes, stored file keys.
const HIDDEN = new Set([
  "id", "version", "createdAt", "updatedAt", "deletedAt", "translations", "passwordHash", "tokenHash", "storageKey", "checksum",
  "sizeBytes", "contentType", "linkId", "xml", "preview", "fromVersion", "action", "lastSignInAt", "lastUsedAt",
]);

/** Parts of a record filed on another (an indicator on its program), as the audit entry wraps them. */
const PARTS = ["attendance", "period", "indicator", "transaction", "budget", "event", "measure", "document", "participant", "request", "comment", "review"] as const;

/** The record an entry is about and what kind it is: the part it wraps, or the snapshot itself. */
export function recordOf(snapshot: Snapshot, action: string): { entity: string; record: Snapshot } {
  for (const part of PARTS) {
    const value = snapshot[part];
    if (value && typeof value === "object" && !Array.isArray(value)) return { entity: part, record: value as Snapshot };
  }
  const prefix = action.split(".")[0] ?? "";
  return { entity: prefix === "participation" ? "request" : prefix, record: snapshot };
}

/** Whether a field is worth a line: not bookkeeping, and not an id whose name sits beside it (organisationId next to organisation). */
function shown(field: string, record: Snapshot): boolean {
  if (HIDDEN.has(field)) return false;
  return !(isReference(field) && field.replace(/Ids?$/, "") in record);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Each field that differs between two versions of a record, as a sentence in the reader's words:
 * "Status: from Pipeline to Implementation", "Summary: set to …", "Lead institution: changed".
 */
export function changeLines(before: Snapshot, after: Snapshot, entity: string, language: HistoryLanguage, skip: readonly string[] = []): string[] {
  const { t } = language;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const lines: string[] = [];
  for (const field of fields) {
    if (skip.includes(field) || !shown(field, { ...before, ...after }) || same(before[field], after[field])) continue;
    const label = fieldLabel(field, language);
    const from = valueText(field, before[field], before, entity, language);
    const to = valueText(field, after[field], after, entity, language);
    if (from && to) lines.push(t("History.change.changed", { field: label, from, to }));
    else if (to) lines.push(t("History.change.set", { field: label, to }));
    else if (from) lines.push(t("History.change.cleared", { field: label, from }));
    else lines.push(t("History.change.other", { field: label }));
  }
  return lines;
}

/** A record's values, one line per field that has one: what was created, or what was deleted. */
export function valueLines(record: Snapshot, entity: string, language: HistoryLanguage, skip: readonly string[] = []): string[] {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (skip.includes(field) || !shown(field, record)) continue;
    const text = valueText(field, value, record, entity, language);
    if (text) lines.push(language.t("History.change.value", { field: fieldLabel(field, language), value: text }));
  }
  return lines;
}

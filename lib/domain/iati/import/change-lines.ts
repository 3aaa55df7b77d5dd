import "server-only";
import { fieldLabel, valueText, type HistoryLanguage } from "@/lib/platform/audit/history/history-values";
import type { ActivityChanges, FieldValue, RecordKind, RecordValues } from "../resolve/types";

/** What an update changes, in the reader's words: a line per field, and per kind of record its lines and what stays. */
export type ChangeLines = {
  fields: string[];
  unchangedFields: number;
  records: { kind: RecordKind; lines: string[]; unchanged: number; unlisted: number }[];
};

/** The history's label for each field the preview names otherwise (it shows names, not ids). */
const LABEL: Record<string, string> = {
  agreement: "agreementId",
  leadInstitution: "leadInstitutionId",
  provisions: "provisionIds",
  funder: "funderId",
  provider: "providerId",
  receiver: "receiverId",
  baseline: "baselineValue",
  target: "targetValue",
  actual: "actualValue",
};

/** The entity each kind of record is, for the history's enum labels (a budget's type, a transaction's). */
const ENTITY: Record<RecordKind, string> = {
  participants: "participant",
  budgets: "budget",
  transactions: "transaction",
  indicators: "indicator",
  periods: "period",
  documents: "document",
  languages: "language",
};

const KINDS: RecordKind[] = ["participants", "budgets", "transactions", "indicators", "periods", "documents", "languages"];

/** The changes of an update said in the reader's language, with the history's labels and formats. */
export function changeLinesOf(changes: ActivityChanges, language: HistoryLanguage): ChangeLines {
  const { t } = language;
  const label = (field: string) => (field === "indicator" ? t("Iati.change.indicator") : fieldLabel(LABEL[field] ?? field, language));
  const say = (field: string, value: FieldValue | RecordValues[string] | undefined, record: RecordValues, entity: string) => valueText(field, value, record, entity, language);
  const change = (field: string, from: string, to: string) =>
    from && to ? t("History.change.changed", { field: label(field), from, to }) : to ? t("History.change.set", { field: label(field), to }) : t("History.change.cleared", { field: label(field), from });
  const context = { currencyCode: changes.currencyCode };
  const fields = changes.fields.map(({ field, from, to }) => change(field, say(field, from, context, "program"), say(field, to, context, "program")));
  const summary = (record: RecordValues, entity: string) =>
    Object.entries(record)
      .map(([field, value]) => [field, say(field, value, record, entity)] as const)
      .filter(([, text]) => text)
      .map(([field, text]) => t("History.change.value", { field: label(field), value: text }))
      .join("; ");
  const records = KINDS.flatMap((kind) => {
    const record = changes.records[kind];
    if (!record) return [];
    const entity = ENTITY[kind];
    const lines = [
      ...record.added.map((values) => t("Iati.change.added", { record: summary(values, entity) })),
      ...record.removed.map((values) => t("Iati.change.removed", { record: summary(values, entity) })),
      ...record.changed.map(({ from, to }) => {
        const differing = Object.keys({ ...from, ...to }).filter((field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null));
        const same = Object.fromEntries(Object.entries(to).filter(([field]) => !differing.includes(field)));
        return t("Iati.change.changed", {
          record: summary(same, entity),
          changes: differing.map((field) => change(field, say(field, from[field], from, entity), say(field, to[field], to, entity))).join("; "),
        });
      }),
    ];
    return [{ kind, lines, unchanged: record.unchanged, unlisted: record.unlisted }];
  });
  return { fields, unchangedFields: changes.unchangedFields, records };
}

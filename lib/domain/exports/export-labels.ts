import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import type { Locale } from "@/lib/platform/i18n/locales";
import { exportColumns, type ColumnKey, type ExportDatasetName, type HeaderMode } from "./columns";
import type { Column, Row } from "./table-stream";

/**
 * How a column's codes are worded for people: by the message namespace of its enum (the labels the
 * pages show), a "; "-separated list of such codes, participants as "Name (ROLE)", or a boolean.
 */
type Wording = { enum: string } | { list: string } | "participants" | "boolean";

const WORDINGS: { [D in ExportDatasetName]: Partial<Record<ColumnKey<D>, Wording>> } = {
  programs: {
    type: { enum: "ProgramType" },
    status: { enum: "ProgramStatus" },
    visibility: { enum: "Exports.values.visibility" },
    topics: { list: "LabourTopic" },
    participants: "participants",
  },
  transactions: { type: { enum: "TransactionType" } },
  indicators: { level: { enum: "Exports.values.level" }, measure: { enum: "Exports.values.measure" } },
  plans: { kind: { enum: "PlanKind" }, status: { enum: "PlanStatus" }, measure_status: { enum: "MeasureStatus" }, overdue: "boolean" },
  events: { kind: { enum: "EventKind" }, constituency: { enum: "Constituency" } },
  submissions: { status: { enum: "SubmissionStatus" }, topics: { list: "LabourTopic" }, decided_in_time: "boolean", reported_in_time: "boolean" },
};

/** An export's header row, sheet name and row wording, in one language or in machine names. */
export type ExportLabels<K extends string = string> = { columns: Column<K>[]; sheet: string; row: (row: Row<K>) => Row<K> };

/**
 * The wording of `dataset`'s export: with `keys`, the machine names, the dataset's name as the
 * sheet and the rows untouched (the same bytes in every language); with `labels`, the headers,
 * sheet name and codes in `locale`. A code without a label (one added since) is written as is.
 * Numbers and dates are never localised, so that a spreadsheet reads them the same everywhere.
 */
export async function exportLabels(dataset: ExportDatasetName, keys: readonly string[], mode: HeaderMode, locale: Locale): Promise<ExportLabels> {
  if (mode === "keys") return { columns: exportColumns(keys), sheet: dataset, row: (row) => row };
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const text = (key: string) => t(key as never) as string;
  const label = (namespace: string, code: string) => (t.has(`${namespace}.${code}` as never) ? text(`${namespace}.${code}`) : code);
  const word = (wording: Wording, value: string): string => {
    if (wording === "boolean") return value === "true" ? text("Exports.yes") : value === "false" ? text("Exports.no") : value;
    // The roles are codes in parentheses at the end of each "Name (ROLE)"; names stay as written.
    if (wording === "participants") return value.replace(/\(([A-Z_]+)\)(?=; |$)/g, (whole, code: string) => (t.has(`ParticipantRole.${code}` as never) ? `(${label("ParticipantRole", code)})` : whole));
    if ("list" in wording) return value.split("; ").map((code) => label(wording.list, code)).join("; ");
    return label(wording.enum, value);
  };
  const wordings = Object.entries(WORDINGS[dataset]) as [string, Wording][];
  return {
    columns: exportColumns(keys, (key) => text(`Exports.columns.${dataset}.${key}`)),
    sheet: text(`Exports.sheets.${dataset}`),
    row(row) {
      const worded: Row = { ...row };
      for (const [key, wording] of wordings) {
        const value = row[key];
        if (typeof value === "string" && value !== "") worded[key] = word(wording, value);
      }
      return worded;
    },
  };
}

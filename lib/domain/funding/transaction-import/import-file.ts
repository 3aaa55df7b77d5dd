import "server-only";
import { parse } from "csv-parse/sync";
import type { TCreateTransaction } from "@/lib/domain/funding/schemas";
import { AppError } from "@/lib/platform/errors/app-error";
import type { Locale } from "@/lib/platform/i18n/locales";
import { problem, readProblem } from "@/lib/platform/i18n/problem";
import { renderProblem } from "@/lib/platform/i18n/render-problem";

/** The largest file the import reads, and the most rows it takes at once. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** The template's columns, in order. Provider and receiver are organisations by name, acronym or IATI identifier. */
export const IMPORT_COLUMNS = ["type", "date", "amount", "currency", "provider", "receiver", "reference", "description"] as const;

export type ImportRow = {
  line: number;
  status: "valid" | "warning" | "error";
  /** Why a row is refused, or what to check in a row that can be imported. */
  reasons: string[];
  values: Record<string, string>;
  transaction?: TCreateTransaction;
};

export type ImportPreview = { rows: ImportRow[]; counts: Record<ImportRow["status"], number> };

export type Upload = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

/**
 * The rows with their reasons in the reader's language. A column's problem carries the field's own
 * message (a reference too), said in the same language.
 */
export function rowsIn<Row extends { reasons: string[] }>(rows: Row[], locale: Locale): Row[] {
  return rows.map((row) => ({ ...row, reasons: row.reasons.map((reason) => reasonIn(reason, locale)) }));
}

function reasonIn(reason: string, locale: Locale): string {
  const ref = readProblem(reason);
  const inner = ref?.values.problem;
  if (!ref || typeof inner !== "string") return renderProblem(reason, locale);
  return renderProblem(problem(ref.key, { ...ref.values, problem: renderProblem(inner, locale) }), locale);
}

export function refuse(message: string): never {
  throw new AppError("INVALID_INPUT", message, { fieldErrors: { file: [message] } });
}

/** The file as rows of text, or a clear refusal: not CSV, too large, not UTF-8, malformed, empty. */
export async function readCsv(file: Upload): Promise<Record<string, string>[]> {
  if (!/\.csv$/i.test(file.name)) refuse(problem("ImportProblems.notCsv"));
  if (file.size === 0) refuse(problem("ImportProblems.empty"));
  if (file.size > MAX_IMPORT_BYTES) refuse(problem("ImportProblems.tooLarge", { mb: MAX_IMPORT_BYTES / (1024 * 1024) }));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    refuse(problem("ImportProblems.notUtf8"));
  }
  if (text.includes("\u0000")) refuse(problem("ImportProblems.notText"));
  let records: Record<string, string>[];
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    refuse(problem("ImportProblems.invalidCsv", { detail: (error as Error).message.split("\n")[0]! }));
  }
  if (records.length === 0) refuse(problem("ImportProblems.noRows"));
  const columns = Object.keys(records[0]!);
  const missing = ["type", "date", "amount", "currency"].filter((column) => !columns.includes(column));
  if (missing.length) refuse(problem("ImportProblems.missingColumns", { count: missing.length, columns: missing.join(", ") }));
  if (records.length > MAX_IMPORT_ROWS) refuse(problem("ImportProblems.tooManyRows", { rows: String(records.length), max: String(MAX_IMPORT_ROWS) }));
  return records;
}

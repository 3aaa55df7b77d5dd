import "server-only";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { cellText, type Cell } from "@/lib/domain/spreadsheet-import/cells";
import { zipContentSize } from "@/lib/domain/spreadsheet-import/zip-size";
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

/**
 * The file as rows of text, or a clear refusal: not CSV or XLSX, too large, not UTF-8, malformed,
 * empty. An XLSX workbook's first sheet is read as the CSV would be: its first row the headers,
 * dates as YYYY-MM-DD, numbers as the shortest decimal that is the same number.
 */
export async function readCsv(file: Upload): Promise<Record<string, string>[]> {
  const workbook = /\.xlsx$/i.test(file.name);
  if (!workbook && !/\.csv$/i.test(file.name)) refuse(problem("ImportProblems.notCsv"));
  if (file.size === 0) refuse(problem("ImportProblems.empty"));
  if (file.size > MAX_IMPORT_BYTES) refuse(problem("ImportProblems.tooLarge", { mb: MAX_IMPORT_BYTES / (1024 * 1024) }));
  const records = workbook ? await workbookRecords(new Uint8Array(await file.arrayBuffer())) : csvRecords(await file.arrayBuffer());
  if (records.length === 0) refuse(problem("ImportProblems.noRows"));
  const columns = Object.keys(records[0]!);
  const missing = ["type", "date", "amount", "currency"].filter((column) => !columns.includes(column));
  if (missing.length) refuse(problem("ImportProblems.missingColumns", { count: missing.length, columns: missing.join(", ") }));
  if (records.length > MAX_IMPORT_ROWS) refuse(problem("ImportProblems.tooManyRows", { rows: String(records.length), max: String(MAX_IMPORT_ROWS) }));
  return records;
}

/**
 * The file as CSV text, for the preview to keep until the import is confirmed: a CSV file as it is,
 * a workbook's rows written as CSV with its headers (call once the file has been read without refusal).
 */
export async function asCsvText(file: Upload): Promise<{ name: string; text: string }> {
  if (!/\.xlsx$/i.test(file.name)) return { name: file.name, text: new TextDecoder().decode(await file.arrayBuffer()) };
  const records = await readCsv(file);
  const columns = Object.keys(records[0]!);
  return { name: file.name.replace(/\.xlsx$/i, ".csv"), text: stringify([columns, ...records.map((record) => columns.map((column) => record[column] ?? ""))]) };
}

const header = (name: string) => name.trim().toLowerCase();

function csvRecords(bytes: ArrayBuffer): Record<string, string>[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    refuse(problem("ImportProblems.notUtf8"));
  }
  if (text.includes("\u0000")) refuse(problem("ImportProblems.notText"));
  try {
    return parse(text, { bom: true, columns: (names: string[]) => names.map(header), skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    refuse(problem("ImportProblems.invalidCsv", { detail: (error as Error).message.split("\n")[0]! }));
  }
}

/** The first sheet's rows by their header; a cell that cannot be read (an error, a formula without its result) is left empty, and the row's check says what is missing. */
async function workbookRecords(bytes: Uint8Array): Promise<Record<string, string>[]> {
  const unpacked = zipContentSize(bytes);
  if (unpacked === undefined || unpacked > MAX_UNPACKED_BYTES) refuse(problem("ImportProblems.notXlsx"));
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    refuse(problem("ImportProblems.notXlsx"));
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const text = (cell: ExcelJS.Cell) => {
    const read = cellText(cell.value as Cell);
    return read.ok && read.value !== undefined ? read.value.trim() : "";
  };
  const names = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, column) => {
    if (text(cell)) names.set(column, header(text(cell)));
  });
  const records: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record = Object.fromEntries([...names].map(([column, name]) => [name, text(row.getCell(column))]));
    if (Object.values(record).some(Boolean)) records.push(record);
  });
  return records;
}

/** A workbook of transactions unpacks to at most this much: its size limit is 2 MB. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

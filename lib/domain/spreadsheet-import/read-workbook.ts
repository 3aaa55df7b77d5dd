import "server-only";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { problem, type ProblemValues } from "@/lib/platform/i18n/problem";
import type { ProblemMessages } from "@/lib/platform/i18n/problem-catalogue";
import type { Cell } from "./cell-value";
import { MAX_SPREADSHEET_BYTES, MAX_SPREADSHEET_ROWS, SHEETS, type SheetKind } from "./columns";
import type { Locale } from "@/lib/platform/i18n/locales";
import { columnHeader, columnKeyOf, csvKindOf, sheetKindOf } from "./headers";
import { zipContentSize } from "./zip-size";

/** An uploaded file: an XLSX workbook, or a CSV file holding one sheet. */
export type SpreadsheetFile = { name: string; bytes: Uint8Array };

/** A row of a sheet: its number, its cells by column key, and each cell's reference (`Budgets!D14`). */
export type SheetRow = { row: number; cells: Partial<Record<string, Cell>>; refs: Record<string, string> };

export type ReadSheet = { kind: SheetKind; name: string; rows: SheetRow[] };

/** A file that cannot be read at all; its message says why, in the reader's language when rendered. */
export class SpreadsheetFileError extends Error {
  constructor(readonly said: string) {
    super(said);
  }
}

const refuse = (key: keyof ProblemMessages["SpreadsheetImportProblems"], values?: ProblemValues): never => {
  throw new SpreadsheetFileError(problem(`SpreadsheetImportProblems.${key}`, values));
};

/** An XLSX file opens with a ZIP header. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A workbook's content, unpacked, may be at most this large: a small file cannot unpack into gigabytes. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * The sheets the tracker knows, from one XLSX file or from CSV files (one sheet each), with their rows
 * as cells by column key. Sheets and columns are known by their names in any of the four languages.
 * Refused whole: a file too large, of another format, a ZIP that unpacks too large, a sheet without
 * a required column, no rows, too many rows.
 */
export async function readSpreadsheet(files: SpreadsheetFile[], locale: Locale): Promise<ReadSheet[]> {
  if (!files.length) refuse("noFile");
  const size = files.reduce((total, file) => total + file.bytes.byteLength, 0);
  if (size > MAX_SPREADSHEET_BYTES) refuse("fileTooLarge", { mb: MAX_SPREADSHEET_BYTES / (1024 * 1024) });
  const workbooks = files.filter((file) => /\.xlsx$/i.test(file.name));
  const csvs = files.filter((file) => /\.csv$/i.test(file.name));
  if (workbooks.length + csvs.length !== files.length || (workbooks.length && files.length > 1)) refuse("notSpreadsheet");
  const sheets = workbooks.length ? await readWorkbook(workbooks[0]!, locale) : csvs.map((file) => readCsvSheet(file, locale));
  const seen = new Set<SheetKind>();
  for (const sheet of sheets) {
    if (seen.has(sheet.kind)) refuse("sheetTwice", { sheet: sheet.name });
    seen.add(sheet.kind);
  }
  const rows = sheets.reduce((total, sheet) => total + sheet.rows.length, 0);
  if (!sheets.some((sheet) => sheet.kind === "programs" && sheet.rows.length)) refuse("noPrograms");
  if (rows > MAX_SPREADSHEET_ROWS) refuse("tooManyRows", { rows, max: MAX_SPREADSHEET_ROWS });
  return sheets;
}

async function readWorkbook(file: SpreadsheetFile, locale: Locale): Promise<ReadSheet[]> {
  if (!isZip(file.bytes)) refuse("notXlsx");
  const unpacked = zipContentSize(file.bytes);
  if (unpacked === undefined) refuse("notXlsx");
  if (unpacked! > MAX_UNPACKED_BYTES) refuse("unpacksTooLarge");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    refuse("notXlsx");
  }
  const sheets: ReadSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const kind = sheetKindOf(worksheet.name);
    if (!kind) continue;
    const headers: { column: number; key: string }[] = [];
    worksheet.getRow(1).eachCell((cell, column) => {
      const key = columnKeyOf(kind, typeof cell.text === "string" ? cell.text : "");
      if (key) headers.push({ column, key });
    });
    const name = referenceName(worksheet.name);
    checkColumns(kind, worksheet.name, headers.map((header) => header.key), locale);
    const rows: SheetRow[] = [];
    worksheet.eachRow((row, number) => {
      if (number === 1) return;
      const cells: SheetRow["cells"] = {};
      const refs: SheetRow["refs"] = {};
      for (const { column, key } of headers) {
        const cell = row.getCell(column);
        refs[key] = `${name}!${cell.address}`;
        if (cell.value !== null && cell.value !== undefined && cell.value !== "") cells[key] = cell.value as Cell;
      }
      if (Object.keys(cells).length) rows.push({ row: number, cells, refs });
      if (rows.length > MAX_SPREADSHEET_ROWS) refuse("tooManyRows", { rows: `${MAX_SPREADSHEET_ROWS}+`, max: MAX_SPREADSHEET_ROWS });
    });
    sheets.push({ kind, name: worksheet.name, rows });
  }
  return sheets;
}

function readCsvSheet(file: SpreadsheetFile, locale: Locale): ReadSheet {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    return refuse("csvNotUtf8", { file: file.name });
  }
  if (text.includes("\u0000")) refuse("csvNotUtf8", { file: file.name });
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    return refuse("csvMalformed", { file: file.name, detail: (error as Error).message.split("\n")[0]! });
  }
  const [header = [], ...body] = records;
  const kind = csvKindOf(file.name, header);
  if (!kind) refuse("csvWhichSheet", { file: file.name });
  const headers = header.flatMap((text, column) => {
    const key = columnKeyOf(kind!, text);
    return key ? [{ column, key }] : [];
  });
  checkColumns(kind!, file.name, headers.map((entry) => entry.key), locale);
  const name = referenceName(file.name);
  const rows = body.flatMap((record, index): SheetRow[] => {
    const cells: SheetRow["cells"] = {};
    const refs: SheetRow["refs"] = {};
    for (const { column, key } of headers) {
      refs[key] = `${name}!${columnLetter(column)}${index + 2}`;
      const value = record[column]?.trim();
      if (value) cells[key] = value;
    }
    return Object.keys(cells).length ? [{ row: index + 2, cells, refs }] : [];
  });
  return { kind: kind!, name: file.name, rows };
}

/** A sheet without a column every row needs cannot be read; the columns missing are named by their headers in the file's language. */
function checkColumns(kind: SheetKind, name: string, keys: string[], locale: Locale) {
  const missing = SHEETS[kind].filter((column) => column.required && !keys.includes(column.key)).map((column) => columnHeader(column.key, locale));
  if (missing.length) refuse("missingColumns", { sheet: name, count: missing.length, columns: missing.join(", ") });
}

/** A sheet's name as a cell reference writes it: quoted when it holds more than letters and digits. */
function referenceName(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

/** A column's letters, from its 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

import "server-only";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import type { Locale } from "@/lib/platform/i18n/locales";
import { AMOUNT_EXAMPLE, DAY_EXAMPLE } from "./cells";
import { MAX_SPREADSHEET_BYTES, MAX_SPREADSHEET_ROWS, SHEET_KINDS, SHEETS, type Column, type SheetKind } from "./columns";
import { CODE_LABELS, columnHeader, sheetName } from "./headers";

/** What the template's drop-downs offer besides codes: the agreements' short names and the currencies' codes. */
export type TemplateLists = { agreements: string[]; currencies: string[] };

type Say = (key: string, values?: Record<string, string | number>) => string;

// The instructions' paragraphs, in the order a reader needs them.
const PARAGRAPHS = ["purpose", "programs", "program", "periods", "organisations", "several", "amounts", "dates", "codes", "files", "limits", "required"] as const;

// The columns whose hint says more than their kind's (SpreadsheetImport.columnHint).
const COLUMN_HINTS = new Set(["program", "identifier", "indicator"]);

// The instructions' table: sheet, column, required, what to write (the widest, where text wraps).
const TABLE_WIDTHS = [24, 30, 12, 80];
const LINE_HEIGHT = 15;

/** A sheet's header row as the template writes it, in XLSX and CSV alike: a required column's header ends with " *". */
export function templateHeaders(kind: SheetKind, locale: Locale): string[] {
  return SHEETS[kind].map((column) => `${columnHeader(column.key, locale)}${column.required ? " *" : ""}`);
}

/** The header row of one sheet as a CSV file, UTF-8 with a byte order mark so that spreadsheets read it as such. */
export function buildTemplateCsv(kind: SheetKind, locale: Locale): string {
  return `\uFEFF${stringify([templateHeaders(kind, locale)])}`;
}

/**
 * The import template in `locale`: its instructions first, then one empty sheet per kind with its
 * headers, then a hidden sheet of the lists its drop-downs offer. Amount and date cells keep Excel's
 * General format, so that people type numbers and dates as they always do; the reader takes both.
 */
export async function buildTemplateWorkbook(locale: Locale, lists: TemplateLists): Promise<Buffer> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const say: Say = (key, values) => t(key as never, values as never) as string;
  const entry = (column: Column, code: string) => {
    const key = `${CODE_LABELS[column.key]}.${code}`;
    return `${code} — ${CODE_LABELS[column.key] && t.has(key as never) ? say(key) : code}`;
  };

  const workbook = new ExcelJS.Workbook();
  const instructions = workbook.addWorksheet(say("SpreadsheetImport.instructions.sheet"));
  const sheets = SHEET_KINDS.map((kind) => ({ kind, sheet: workbook.addWorksheet(sheetName(kind, locale), { views: [{ state: "frozen", ySplit: 1 }] }) }));
  const listSheet = workbook.addWorksheet(say("SpreadsheetImport.lists.sheet"), { state: "hidden" });

  const ranges = new ListRanges(listSheet);
  for (const { kind, sheet } of sheets) {
    const headers = templateHeaders(kind, locale);
    sheet.columns = SHEETS[kind].map((column, index) => ({ key: column.key, width: widthOf(column, headers[index]!, column.kind === "code" ? column.codes?.map((code) => entry(column, code)) : []) }));
    const header = sheet.addRow(headers);
    header.font = { bold: true };
    SHEETS[kind].forEach((column, index) => {
      const range =
        column.kind === "code" && column.codes
          ? ranges.of(CODE_LABELS[column.key] ?? `${kind}.${column.key}`, columnHeader(column.key, locale), column.codes.map((code) => entry(column, code)))
          : column.kind === "agreement" || column.kind === "currency"
            ? ranges.of(column.kind, columnHeader(column.key, locale), column.kind === "agreement" ? lists.agreements : lists.currencies)
            : undefined;
      if (!range) return;
      const letter = sheet.getColumn(index + 1).letter;
      dataValidations(sheet).add(`${letter}2:${letter}${MAX_SPREADSHEET_ROWS + 1}`, {
        type: "list",
        allowBlank: true,
        formulae: [range],
        // A warning, not a refusal: a code typed alone is read too, and the import checks every value.
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: say("SpreadsheetImport.dropDown.title"),
        error: say("SpreadsheetImport.dropDown.message"),
      });
    });
  }

  writeInstructions(instructions, locale, say, entry);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The lists of the hidden sheet, one column each, written once however many columns offer them. */
class ListRanges {
  private readonly written = new Map<string, string | undefined>();

  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  /** The absolute range of `values` on the hidden sheet, under `title`; none for an empty list (a drop-down of nothing). */
  of(name: string, title: string, values: readonly string[]): string | undefined {
    if (this.written.has(name)) return this.written.get(name);
    let range: string | undefined;
    if (values.length) {
      const column = this.sheet.getColumn(this.written.size + 1);
      column.values = [title, ...values];
      column.width = Math.min(60, Math.max(12, ...[title, ...values].map((value) => value.length + 2)));
      range = `${quotedSheet(this.sheet.name)}!$${column.letter}$2:$${column.letter}$${values.length + 1}`;
    }
    this.written.set(name, range);
    return range;
  }
}

/** A sheet's name as a formula refers to it: quoted, an apostrophe doubled ("'Mode d''emploi'"). */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

// exceljs writes a worksheet's data validations by range, but its type definitions do not declare them.
const dataValidations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

/** Wide enough for the header and for the longest drop-down entry, not wider than a screen allows. */
function widthOf(column: Column, header: string, entries: readonly string[] = []): number {
  const wanted = Math.max(header.length + 4, ...entries.map((value) => value.length + 2), column.kind === "text" && (column.max ?? 0) >= 1000 ? 40 : 14);
  return Math.min(50, wanted);
}

/** Lines `text` takes in a cell `width` characters wide, at least one. */
const linesOf = (text: string, width: number) => text.split("\n").reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / width)), 0);

function writeInstructions(sheet: ExcelJS.Worksheet, locale: Locale, say: Say, entry: (column: Column, code: string) => string): void {
  const name = (kind: SheetKind) => sheetName(kind, locale);
  const values: Record<(typeof PARAGRAPHS)[number], Record<string, string | number>> = {
    purpose: {},
    programs: { programs: name("programs") },
    program: { program: columnHeader("program", locale) },
    periods: { periods: name("periods"), indicators: name("indicators") },
    organisations: {},
    several: {},
    amounts: { example: AMOUNT_EXAMPLE[locale], transactions: name("transactions") },
    dates: { example: DAY_EXAMPLE[locale] },
    codes: {},
    files: { example: `${name("budgets")}.csv` },
    limits: { rows: MAX_SPREADSHEET_ROWS, megabytes: MAX_SPREADSHEET_BYTES / (1024 * 1024) },
    required: {},
  };
  sheet.columns = TABLE_WIDTHS.map((width) => ({ width }));
  const fullWidth = TABLE_WIDTHS.reduce((total, width) => total + width, 0);

  const title = sheet.addRow([say("SpreadsheetImport.instructions.title")]);
  title.font = { bold: true, size: 14 };
  for (const paragraph of PARAGRAPHS) {
    const text = say(`SpreadsheetImport.instructions.${paragraph}`, values[paragraph]);
    const row = sheet.addRow([text]);
    // One paragraph across the table's width; Excel does not fit a merged cell's height, so it is set.
    sheet.mergeCells(row.number, 1, row.number, TABLE_WIDTHS.length);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.height = linesOf(text, fullWidth * 0.9) * LINE_HEIGHT + 2;
  }
  sheet.addRow([]);

  const header = sheet.addRow(["tableSheet", "tableColumn", "tableRequired", "tableHint"].map((key) => say(`SpreadsheetImport.instructions.${key}`)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: "thin" } };
  });
  for (const kind of SHEET_KINDS) {
    for (const column of SHEETS[kind]) {
      const codes = column.codes && (column.kind === "code" || column.kind === "codes") ? column.codes.map((code) => entry(column, code)) : [];
      const hint = [hintOf(column, locale, say), ...codes].join("\n");
      const cells = [name(kind), columnHeader(column.key, locale), say(`SpreadsheetImport.instructions.${column.required ? "yes" : "no"}`), hint];
      const row = sheet.addRow(cells);
      row.eachCell((cell) => {
        cell.alignment = { wrapText: true, vertical: "top" };
      });
      row.height = Math.max(...cells.map((text, index) => linesOf(text, TABLE_WIDTHS[index]! * 0.95))) * LINE_HEIGHT + 2;
    }
  }
}

/** What to write in a column: its own hint when it has one (the program, an indicator's title), else its kind's. */
function hintOf(column: Column, locale: Locale, say: Say): string {
  const values = {
    max: column.max ?? 0,
    example: column.kind === "day" ? DAY_EXAMPLE[locale] : AMOUNT_EXAMPLE[locale],
    programs: sheetName("programs", locale),
  };
  if (COLUMN_HINTS.has(column.key)) return say(`SpreadsheetImport.columnHint.${column.key}`, values);
  const kind = column.kind === "amount" && column.negative ? "correction" : column.kind;
  return say(`SpreadsheetImport.hint.${kind}`, values);
}

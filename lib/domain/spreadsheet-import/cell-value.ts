import { problem } from "@/lib/platform/i18n/problem";

/**
 * One cell of an uploaded sheet: text from a CSV file, or what exceljs gives as `cell.value` for an
 * XLSX file (its `CellValue`: a number for a numeric cell, a Date at UTC midnight for a date-formatted
 * one, rich text, a formula with its cached result, a hyperlink, an error such as #REF!).
 */
export type Cell =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { richText: { text: string }[] }
  | { formula: string; result?: unknown }
  | { sharedFormula: string; result?: unknown }
  // The text of a link is rich text when part of it is formatted, whatever exceljs's types say.
  | { text: string | { richText: { text: string }[] }; hyperlink: string }
  | { error: string };

/**
 * A cell read as a value of its column: the value, nothing (`value` undefined: the cell is empty,
 * for the caller to accept or to require), or a problem reference to show against the cell.
 */
export type CellRead<T> = { ok: true; value: T } | { ok: true; value: undefined } | { ok: false; problem: string };

export const EMPTY: { ok: true; value: undefined } = { ok: true, value: undefined };

export const refused = (reason: string): { ok: false; problem: string } => ({ ok: false, problem: reason });

/** What a cell holds once its wrapping is taken off: a formula's result, a link's or rich text's text. */
export type PlainValue = string | number | boolean | Date;

export function cellValue(cell: Cell): CellRead<PlainValue> {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" || cell instanceof Date) return { ok: true, value: cell };
  if (typeof cell !== "object") return refused(problem("SpreadsheetProblems.unreadable"));
  if ("error" in cell) return refused(problem("SpreadsheetProblems.cellError", { error: String(cell.error) }));
  if ("richText" in cell && Array.isArray(cell.richText)) return { ok: true, value: cell.richText.map((run) => run?.text ?? "").join("") };
  if ("formula" in cell || "sharedFormula" in cell) {
    // A file written by a program rather than a spreadsheet may keep no result: nothing to read.
    if (cell.result === undefined) return refused(problem("SpreadsheetProblems.formulaWithoutResult"));
    return cellValue(cell.result as Cell);
  }
  if ("hyperlink" in cell) return cellValue(cell.text as Cell);
  return refused(problem("SpreadsheetProblems.unreadable"));
}

/**
 * The cell as trimmed text: a number as its digits (never an exponent), a date as YYYY-MM-DD (with
 * its time when it has one), TRUE or FALSE. Empty text is an empty cell.
 */
export function cellText(cell: Cell): CellRead<string> {
  const read = cellValue(cell);
  if (!read.ok || read.value === undefined) return read;
  const value = read.value;
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return refused(problem("SpreadsheetProblems.unreadable"));
    text = plainNumber(String(value));
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return refused(problem("SpreadsheetProblems.unreadable"));
    const iso = value.toISOString();
    text = iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  } else if (typeof value === "boolean") text = value ? "TRUE" : "FALSE";
  else text = value.trim();
  return text === "" ? EMPTY : { ok: true, value: text };
}

/**
 * A number's decimal text without an exponent, by moving the point in the digits JavaScript wrote
 * ("1e+21" → "1000000000000000000000", "1.5e-7" → "0.00000015"): never by arithmetic, which would
 * bring back the binary error the shortest representation left out.
 */
export function plainNumber(written: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(written);
  if (!match) return written;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  let integer: string;
  let decimals: string;
  if (point <= 0) [integer, decimals] = ["0", "0".repeat(-point) + digits];
  else if (point >= digits.length) [integer, decimals] = [digits + "0".repeat(point - digits.length), ""];
  else [integer, decimals] = [digits.slice(0, point), digits.slice(point)];
  integer = integer.replace(/^0+(?=\d)/, "");
  decimals = decimals.replace(/0+$/, "");
  const text = decimals ? `${integer}.${decimals}` : integer;
  return /^0(?:\.0*)?$/.test(text) ? "0" : sign + text;
}

import { problem } from "@/lib/platform/i18n/problem";
import { cellText, refused, type Cell, type CellRead } from "./cell-value";

// One cell of an imported spreadsheet (XLSX or CSV) read as the value of its column, the way a
// spreadsheet user in each language writes it. Pure: no database, no file.
export { cellText, cellValue, EMPTY, type Cell, type CellRead, type PlainValue } from "./cell-value";
export { AMOUNT_EXAMPLE, readDecimal, type DecimalLimits } from "./read-decimal";
export { DAY_EXAMPLE, readDay } from "./read-day";

// As many choices as a message can list and still be read.
const CHOICES_SHOWN = 5;
const VALUE_SHOWN = 60;

/** Text of at most `max` characters, trimmed, in Unicode's composed form (a Mac writes Vietnamese decomposed). */
export function readText(cell: Cell, { max }: { max: number }): CellRead<string> {
  const read = cellText(cell);
  if (!read.ok || read.value === undefined) return read;
  const text = read.value.normalize("NFC").replace(/\r\n?/g, "\n");
  return text.length > max ? refused(problem("SpreadsheetProblems.textTooLong", { max })) : { ok: true, value: text };
}

/**
 * One of `allowed`: the code itself in any case ("disbursement" → "DISBURSEMENT"), its label in the
 * reader's language when `labels` are given, or a drop-down entry of the template, "CODE — label".
 */
export function readCode<Code extends string>(cell: Cell, allowed: readonly Code[], { labels }: { labels?: Partial<Record<Code, string>> } = {}): CellRead<Code> {
  const read = cellText(cell);
  if (!read.ok || read.value === undefined) return read;
  const text = read.value;
  const codeOf = (written: string) => allowed.find((code) => comparable(code) === comparable(written));
  const labelled = labels ? allowed.filter((code) => labels[code] !== undefined && comparable(labels[code]!) === comparable(text)) : [];
  // A label two codes share names neither; the entry's code before the dash is tried last, so that a
  // label with a dash of its own is still found whole.
  const code = codeOf(text) ?? (labelled.length === 1 ? labelled[0] : undefined) ?? codeOf(text.split(/\s+[—–-]\s+/)[0]!);
  if (code !== undefined) return { ok: true, value: code };
  const characters = [...text];
  const value = characters.length > VALUE_SHOWN ? `${characters.slice(0, VALUE_SHOWN).join("")}…` : text;
  return refused(problem("SpreadsheetProblems.codeNotAllowed", { value, choices: allowed.slice(0, CHOICES_SHOWN).join(", ") }));
}

const comparable = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

import type { Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { cellValue, EMPTY, plainNumber, refused, type Cell, type CellRead } from "./cell-value";

/** An amount as each language writes it, shown in the problems so that the fix is in the reader's own form. */
export const AMOUNT_EXAMPLE: Record<Locale, string> = { en: "1,250,000.50", es: "1.250.000,50", fr: "1\u00a0250\u00a0000,50", vi: "1.250.000,50" };

export type DecimalLimits = { maxIntegerDigits?: number; maxDecimals?: number; allowNegative?: boolean };

/** An amount taken apart: digits without leading zeros ("0" for none), decimals without trailing ones. */
type Parts = { negative: boolean; integer: string; fraction: string };

// Spaces people put between thousands: a space, a no-break space (French Excel), a narrow no-break
// space (French as Intl writes it), a thin space.
const SPACE = /[\u0020\u00a0\u202f\u2009]/g;

/**
 * An amount as a canonical decimal string for Prisma's Decimal ("1250000.5", "-12.25", "0"), read
 * from text by moving characters only, never through a float. How each language writes it:
 * - en: a point before the decimals, commas between thousands ("1,250,000.50");
 * - es, fr, vi: a comma before the decimals, points between thousands ("1.250.000,50");
 * - spaces (also no-break and narrow no-break) between thousands in every language ("1 250 000,50").
 * In es, fr and vi a lone point is read as the software writes it ("1250000.50"), except when exactly
 * three digits follow it: "1.250" is one thousand two hundred and fifty there, as people write it,
 * while in en it is one and a quarter. Thousands come in groups of three after a first group of one to
 * three digits that does not start with 0, so "0.250" and "12345.678" are refused rather than guessed.
 * A negative amount takes a leading minus or accounting brackets ("(1.250,00)").
 * A number cell keeps the digits of its shortest representation (see `numberParts`).
 */
export function readDecimal(cell: Cell, locale: Locale, limits: DecimalLimits = {}): CellRead<string> {
  const { maxIntegerDigits = 16, maxDecimals = 4, allowNegative = false } = limits;
  const read = cellValue(cell);
  if (!read.ok || read.value === undefined) return read;
  const example = AMOUNT_EXAMPLE[locale];
  let parts: Parts | undefined;
  if (typeof read.value === "number") parts = numberParts(read.value, maxDecimals);
  else if (typeof read.value === "string") {
    const text = read.value.trim();
    if (text === "") return EMPTY;
    if (namesCurrency(text)) return refused(problem("SpreadsheetProblems.amountCurrency", { example }));
    parts = textParts(text, locale);
  }
  if (!parts) return refused(problem("SpreadsheetProblems.amountSuchAs", { example }));
  const { negative, integer, fraction } = parts;
  if (negative && !allowNegative) return refused(problem("SpreadsheetProblems.amountNegative"));
  if (integer.length > maxIntegerDigits) return refused(problem("SpreadsheetProblems.amountTooLarge", { max: maxIntegerDigits }));
  if (fraction.length > maxDecimals) return refused(problem("SpreadsheetProblems.amountDecimals", { max: maxDecimals }));
  return { ok: true, value: `${negative ? "-" : ""}${integer}${fraction ? `.${fraction}` : ""}` };
}

/**
 * A number cell's digits as JavaScript's shortest representation writes them (0.1 stays "0.1"). Excel
 * keeps 15 significant digits, so digits past them are a formula's binary noise (0.1 + 0.2 gives
 * 0.30000000000000004, which Excel shows as 0.3): that noise is dropped only when it would break the
 * decimals limit, so a value that fits keeps every digit it came with.
 */
function numberParts(value: number, maxDecimals: number): Parts | undefined {
  if (!Number.isFinite(value)) return undefined;
  const parts = plainParts(plainNumber(String(value)));
  const significant = (parts.integer + parts.fraction).replace(/^0+/, "").length;
  return parts.fraction.length > maxDecimals && significant > 15 ? plainParts(plainNumber(value.toPrecision(15))) : parts;
}

function plainParts(text: string): Parts {
  const [integer = "0", fraction = ""] = text.replace(/^-/, "").split(".");
  return { negative: text.startsWith("-"), integer, fraction };
}

function textParts(text: string, locale: Locale): Parts | undefined {
  // The apostrophe a CSV export puts before "-1250.5" so that a spreadsheet keeps it as text (exports/spreadsheet-safe.ts).
  let body = text.replace(/^'/, "");
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(body);
  if (bracketed) [body, negative] = [bracketed[1]!.trim(), true];
  const sign = /^([-+\u2212])\s*/.exec(body);
  if (sign) {
    if (bracketed) return undefined;
    [body, negative] = [body.slice(sign[0].length), sign[1] !== "+"];
  }
  body = body.replace(SPACE, " ");
  if (!/^[\d., ]+$/.test(body)) return undefined;
  const point = locale === "en" ? "." : ",";
  const separator = locale === "en" ? "," : ".";
  if (body.split(point).length > 2) return undefined;
  let [integer = "", fraction] = body.split(point);
  // A lone point not followed by exactly three digits is the software's decimal point (see above).
  if (fraction === undefined && point === "," && /^[^.]*\.(?!\d{3}$)[^.]*$/.test(body)) [integer = "", fraction] = body.split(".");
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  const digits = ungrouped(integer, separator);
  if (digits === undefined || (digits === "" && fraction === undefined)) return undefined;
  const whole = digits.replace(/^0+/, "") || "0";
  const decimals = (fraction ?? "").replace(/0+$/, "");
  return { negative: negative && (whole !== "0" || decimals !== ""), integer: whole, fraction: decimals };
}

/** The digits of an integer part written with one kind of thousands separator, or undefined when its groups are wrong. */
function ungrouped(integer: string, separator: string): string | undefined {
  if (/^\d*$/.test(integer)) return integer;
  const marks = new Set(integer.replace(/\d/g, ""));
  if (marks.size > 1 || !(marks.has(" ") || marks.has(separator))) return undefined;
  const [first = "", ...groups] = integer.split(/[ .,]/);
  return /^[1-9]\d{0,2}$/.test(first) && groups.every((group) => /^\d{3}$/.test(group)) ? integer.replace(/\D/g, "") : undefined;
}

let currencyCodes: Set<string> | undefined;

/** Whether the text carries a currency: a sign ($, €, ₫), or a code or name ("USD", "đ", "FCFA") before or after the figures. */
function namesCurrency(text: string): boolean {
  if (/\p{Sc}/u.test(text)) return true;
  // Besides ISO codes, the words people write for the đồng and the CFA franc.
  currencyCodes ??= new Set([...Intl.supportedValuesOf("currency"), "Đ", "VNĐ", "CFA", "FCFA"]);
  const words = /^([\p{L}]+)\.?\s*[-+\u2212(\d]|[\d)]\s*([\p{L}]+)\.?$/u.exec(text);
  const word = words?.[1] ?? words?.[2];
  return word !== undefined && currencyCodes.has(word.toUpperCase());
}

import type { Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { cellValue, EMPTY, plainNumber, refused, type Cell, type CellRead } from "./cell-value";

/** A date as each language writes it, shown in the problems. */
export const DAY_EXAMPLE: Record<Locale, string> = { en: "3/31/2026", es: "31/03/2026", fr: "31/03/2026", vi: "31/03/2026" };

// Excel's dates run from serial 1 (1900-01-01) to 2958465 (9999-12-31); a text date is held to the same years.
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const LAST_SERIAL = 2958465;
const DAY_MS = 86_400_000;

// A time after the date, as a CSV export of a date-time writes it ("2026-03-31 00:00:00", "3/31/2026
// 12:00:00 AM"); the day is the one written, whatever the time. A time zone is not accepted.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s?[AP]M)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, "i");
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d+)${TIME}$`, "i");

/**
 * A calendar day as YYYY-MM-DD. Every language reads ISO (2026-03-31). English reads month first with
 * slashes, as in the US (3/31/2026); Spanish, French and Vietnamese read day first with slashes, points
 * or hyphens (31/03/2026, 31.03.2026, 31-03-2026). English never guesses day first from a day over 12:
 * in a column where 31/03 is read day first, 03/04 would be read the other way without anyone noticing,
 * so 31/03/2026 is refused with a hint to write the month first. Two-digit years are refused, and so
 * are days the calendar does not have (2026-02-30). A Date cell (exceljs: UTC midnight) gives its UTC
 * day; a number cell is an Excel serial day of the 1900 date system.
 */
export function readDay(cell: Cell, locale: Locale): CellRead<string> {
  const read = cellValue(cell);
  if (!read.ok || read.value === undefined) return read;
  const value = read.value;
  const example = DAY_EXAMPLE[locale];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? refused(problem("SpreadsheetProblems.daySuchAs", { example })) : inYears(value);
  if (typeof value === "number") return serialDay(value, locale);
  if (typeof value !== "string") return refused(problem("SpreadsheetProblems.daySuchAs", { example }));
  const text = value.trim();
  if (text === "") return EMPTY;
  const iso = ISO.exec(text);
  if (iso) return calendarDay(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (!numeric) return refused(problem("SpreadsheetProblems.daySuchAs", { example }));
  const [, first = "", mark, second = "", year = ""] = numeric;
  if (locale === "en" && mark !== "/") return refused(problem("SpreadsheetProblems.daySuchAs", { example }));
  if (year.length === 2) return refused(problem("SpreadsheetProblems.dayFourDigitYear", { example }));
  if (year.length !== 4) return refused(problem("SpreadsheetProblems.daySuchAs", { example }));
  if (locale !== "en") return calendarDay(text, Number(year), Number(second), Number(first));
  if (Number(first) > 12 && Number(first) <= 31 && Number(second) <= 12) return refused(problem("SpreadsheetProblems.dayMonthFirst", { example }));
  return calendarDay(text, Number(year), Number(first), Number(second));
}

/**
 * An Excel serial day of the 1900 date system: 1 is 1900-01-01. Excel counts a 29 February 1900 that
 * never was (serial 60, kept from Lotus 1-2-3), so from 61 on a serial is one more than the days since
 * 1899-12-31. A fraction is a time of day: a date-time is not a day, and is refused with the rest.
 */
function serialDay(serial: number, locale: Locale): CellRead<string> {
  if (!Number.isInteger(serial) || serial < 1 || serial > LAST_SERIAL) {
    return refused(problem("SpreadsheetProblems.serialNotDay", { number: Number.isFinite(serial) ? plainNumber(String(serial)) : String(serial), example: DAY_EXAMPLE[locale] }));
  }
  if (serial === 60) return refused(problem("SpreadsheetProblems.dayNotInCalendar", { day: "1900-02-29" }));
  return { ok: true, value: isoDay(new Date(Date.UTC(1899, 11, 31) + (serial < 60 ? serial : serial - 1) * DAY_MS)) };
}

function calendarDay(text: string, year: number, month: number, day: number): CellRead<string> {
  // Checked first: Date.UTC reads a year under 100 as 19xx.
  if (year < FIRST_YEAR || year > LAST_YEAR) return refused(problem("SpreadsheetProblems.dayYearRange"));
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over (February 30 becomes March 2): a day it changed does not exist.
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return refused(problem("SpreadsheetProblems.dayNotInCalendar", { day: text }));
  return inYears(date);
}

function inYears(date: Date): CellRead<string> {
  const year = date.getUTCFullYear();
  return year < FIRST_YEAR || year > LAST_YEAR ? refused(problem("SpreadsheetProblems.dayYearRange")) : { ok: true, value: isoDay(date) };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

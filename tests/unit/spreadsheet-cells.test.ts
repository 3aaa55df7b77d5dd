// An imported spreadsheet's cells are read the way a spreadsheet user in each language writes them:
// amounts exactly (never through a float), dates in the language's order, codes by code or label;
// anything else is refused with a problem that says, in the reader's language, what to write instead.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText, readCode, readDay, readDecimal, readText, type Cell, type CellRead, type DecimalLimits } from "@/lib/domain/spreadsheet-import/cells";
import { formatDecimal } from "@/lib/platform/format/numbers";
import { LOCALES, type Locale } from "@/lib/platform/i18n/locales";
import { readProblem } from "@/lib/platform/i18n/problem";
import { PROBLEM_MESSAGES } from "@/lib/platform/i18n/problem-catalogue";
import { renderProblem } from "@/lib/platform/i18n/render-problem";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** A read as one comparable word: the value, "empty", or the key of the problem ("amountSuchAs"). */
function outcome(read: CellRead<string>): string {
  if (!read.ok) return readProblem(read.problem)?.key.replace("SpreadsheetProblems.", "") ?? `plain text: ${read.problem}`;
  return read.value === undefined ? "empty" : read.value;
}

const en = (read: CellRead<string>) => (read.ok ? "" : renderProblem(read.problem, "en"));

describe("readDecimal from text", () => {
  const cases: Record<Locale, [string, string][]> = {
    en: [
      ["1,250,000.50", "1250000.5"],
      ["1250000.50", "1250000.5"],
      ["1 250 000.50", "1250000.5"],
      ["1,250", "1250"],
      ["1.250", "1.25"],
      ["1.2500", "1.25"],
      [".5", "0.5"],
      [" 42 ", "42"],
      ["000", "0"],
      ["0.0000", "0"],
      ["12,345,678,901,234.5678", "12345678901234.5678"],
      ["1.250.000,50", "amountSuchAs"],
      ["1250000,50", "amountSuchAs"],
      ["1,25", "amountSuchAs"],
      ["12,34,567", "amountSuchAs"],
      ["1,250.", "amountSuchAs"],
      ["1..5", "amountSuchAs"],
      ["ten", "amountSuchAs"],
      ["1e6", "amountSuchAs"],
      ["50%", "amountSuchAs"],
      ["$1,250.00", "amountCurrency"],
      ["USD 1,250.00", "amountCurrency"],
      ["1250 usd", "amountCurrency"],
    ],
    es: [
      ["1.250.000,50", "1250000.5"],
      ["1250000,50", "1250000.5"],
      ["1 250 000,50", "1250000.5"],
      ["1250000.50", "1250000.5"],
      ["1.250", "1250"],
      ["1.250.000", "1250000"],
      ["1.25", "1.25"],
      ["1.2500", "1.25"],
      ["0,75", "0.75"],
      [",5", "0.5"],
      ["12.345.678.901.234,5678", "12345678901234.5678"],
      ["1,250,000.50", "amountSuchAs"],
      ["0.250", "amountSuchAs"],
      ["12345.678", "amountSuchAs"],
      ["1.25.000", "amountSuchAs"],
      ["1.250 000,50", "amountSuchAs"],
      ["1.250,000.5", "amountSuchAs"],
      ["1,5 millones", "amountSuchAs"],
      ["1000 €", "amountCurrency"],
      ["€1.000,00", "amountCurrency"],
      ["1.000.000 MXN", "amountCurrency"],
    ],
    fr: [
      ["1 250 000,50", "1250000.5"],
      [`1${NBSP}250${NBSP}000,50`, "1250000.5"],
      [`1${NNBSP}250${NNBSP}000,50`, "1250000.5"],
      [`1 250${NBSP}000,50`, "1250000.5"],
      ["1250000,50", "1250000.5"],
      ["1.250.000,50", "1250000.5"],
      ["1250000.50", "1250000.5"],
      ["1 250", "1250"],
      ["1  250", "amountSuchAs"],
      ["12 50", "amountSuchAs"],
      ["1 250.500", "amountSuchAs"],
      ["1 250 000,50 €", "amountCurrency"],
      ["1 250 000,50 EUR", "amountCurrency"],
      ["1 250 000 FCFA", "amountCurrency"],
      ["1 250 000,50 francs", "amountSuchAs"],
    ],
    vi: [
      ["1.250.000,50", "1250000.5"],
      ["1.250.000", "1250000"],
      ["1250000,5", "1250000.5"],
      ["1250000.50", "1250000.5"],
      ["1,250,000", "amountSuchAs"],
      ["1.000.000đ", "amountCurrency"],
      ["1.000.000 ₫", "amountCurrency"],
      ["500.000 VNĐ", "amountCurrency"],
      ["VND 500.000", "amountCurrency"],
    ],
  };

  for (const locale of LOCALES) {
    it.each(cases[locale])(`reads %j in ${locale} as %s`, (cell, expected) => {
      expect(outcome(readDecimal(cell, locale))).toBe(expected);
    });
  }

  it("tells an empty cell from an invalid one", () => {
    for (const cell of ["", "   ", null, undefined, { richText: [] }]) expect(readDecimal(cell, "en")).toEqual({ ok: true, value: undefined });
    expect(readDecimal("x", "en").ok).toBe(false);
  });

  it("reads back exactly every amount the app writes, in every language", () => {
    for (const locale of LOCALES) {
      for (const amount of ["1250000.5", "0.25", "12345678901234.5678", "1000", "999.999", "7"]) {
        expect(readDecimal(formatDecimal(amount, 4, locale), locale)).toEqual({ ok: true, value: amount });
      }
      expect(readDecimal(formatDecimal("-1250.5", 4, locale), locale, { allowNegative: true })).toEqual({ ok: true, value: "-1250.5" });
    }
  });

  it("keeps long amounts exact, digit for digit", () => {
    expect(readDecimal("12345678901234.5678", "en")).toEqual({ ok: true, value: "12345678901234.5678" });
    expect(readDecimal("99999999999999999999.9999", "es", { maxIntegerDigits: 20 })).toEqual({ ok: true, value: "99999999999999999999.9999" });
    expect(readDecimal("9007199254740993", "en")).toEqual({ ok: true, value: "9007199254740993" });
  });

  const negatives: [string, Locale, string][] = [
    ["-1,250.50", "en", "-1250.5"],
    ["(1,250.00)", "en", "-1250"],
    ["( 1,250.00 )", "en", "-1250"],
    ["(1.250,00)", "es", "-1250"],
    ["\u221212,25", "fr", "-12.25"],
    ["- 12,25", "vi", "-12.25"],
    ["+12", "en", "12"],
    ["-0", "en", "0"],
    ["(0,00)", "es", "0"],
    ["-(1)", "en", "amountSuchAs"],
    ["(-1)", "en", "amountSuchAs"],
    ["1250-", "en", "amountSuchAs"],
    ["'-1250.5", "en", "-1250.5"],
    ["''-1250.5", "en", "amountSuchAs"],
  ];
  it.each(negatives)("reads %j in %s as %s when negatives are allowed", (cell, locale, expected) => {
    expect(outcome(readDecimal(cell, locale, { allowNegative: true }))).toBe(expected);
  });

  it("refuses a negative amount unless allowed, but not zero", () => {
    expect(outcome(readDecimal("-5", "en"))).toBe("amountNegative");
    expect(outcome(readDecimal("(5)", "en"))).toBe("amountNegative");
    expect(outcome(readDecimal(-5, "en"))).toBe("amountNegative");
    expect(outcome(readDecimal("-0,00", "es"))).toBe("0");
    expect(en(readDecimal("-5", "en"))).toBe("The amount is negative: write an amount of zero or more.");
  });

  const limits: [string, Locale, DecimalLimits, string][] = [
    ["0,12345", "es", {}, "amountDecimals"],
    ["0,12340", "es", {}, "0.1234"],
    ["0.0581234567", "en", { maxDecimals: 10 }, "0.0581234567"],
    ["12,5", "es", { maxDecimals: 0 }, "amountDecimals"],
    ["12,0", "es", { maxDecimals: 0 }, "12"],
    ["1234567890123456", "en", {}, "1234567890123456"],
    ["12345678901234567", "en", {}, "amountTooLarge"],
    ["0001234567890123456", "en", {}, "1234567890123456"],
    ["1.000", "es", { maxIntegerDigits: 3 }, "amountTooLarge"],
  ];
  it.each(limits)("reads %j in %s with %j as %s", (cell, locale, options, expected) => {
    expect(outcome(readDecimal(cell, locale, options))).toBe(expected);
  });

  it("names the limit in the problem", () => {
    expect(en(readDecimal("0.12345", "en"))).toBe("Write at most 4 digits after the decimal mark.");
    expect(en(readDecimal("0.12", "en", { maxDecimals: 1 }))).toBe("Write at most 1 digit after the decimal mark.");
    expect(en(readDecimal("0.5", "en", { maxDecimals: 0 }))).toBe("Write a whole amount, without decimals.");
    expect(en(readDecimal("12345678901234567", "en"))).toBe("The amount is too large: write at most 16 digits before the decimal mark.");
    expect(renderProblem((readDecimal("0,12345", "es") as { problem: string }).problem, "es")).toBe("Escriba como máximo 4 decimales.");
  });
});

describe("readDecimal from a number cell", () => {
  const cases: [number, DecimalLimits, string][] = [
    [0.1, {}, "0.1"],
    [1250000.5, {}, "1250000.5"],
    [0, {}, "0"],
    [-0, {}, "0"],
    [-12.25, { allowNegative: true }, "-12.25"],
    [0.1 + 0.2, {}, "0.3"],
    [1.1 * 1.1, {}, "1.21"],
    [12345678901234.57, {}, "12345678901234.57"],
    [0.12345, {}, "amountDecimals"],
    [1e21, {}, "amountTooLarge"],
    [1e21, { maxIntegerDigits: 30 }, "1000000000000000000000"],
    [1.5e22, { maxIntegerDigits: 30 }, "15000000000000000000000"],
    [1e-7, {}, "amountDecimals"],
    [1e-7, { maxDecimals: 8 }, "0.0000001"],
    [1.5e-7, { maxDecimals: 10 }, "0.00000015"],
    [-2.5e-7, { maxDecimals: 10, allowNegative: true }, "-0.00000025"],
    [Number.NaN, {}, "amountSuchAs"],
    [Number.POSITIVE_INFINITY, {}, "amountSuchAs"],
  ];
  it.each(cases)("reads %d with %j as %s", (cell, options, expected) => {
    expect(outcome(readDecimal(cell, "en", options))).toBe(expected);
  });

  it("reads a number the same in every language", () => {
    for (const locale of LOCALES) expect(readDecimal(1250.5, locale)).toEqual({ ok: true, value: "1250.5" });
  });
});

describe("readDecimal from other cells", () => {
  const cases: [string, Cell, string][] = [
    ["a formula's result", { formula: "A1*2", result: 2500.5 }, "2500.5"],
    ["a shared formula's result", { sharedFormula: "B2", result: 3 }, "3"],
    ["rich text", { richText: [{ text: "1.250" }, { text: ",50" }] }, "1250.5"],
    ["a link's text", { text: "12", hyperlink: "https://example.org" }, "12"],
    ["a formula without a result", { formula: "A1*2" }, "formulaWithoutResult"],
    ["a formula whose result is an error", { formula: "A1/0", result: { error: "#DIV/0!" } }, "cellError"],
    ["an error", { error: "#REF!" }, "cellError"],
    ["a boolean", true, "amountSuchAs"],
    ["a date", new Date(Date.UTC(2026, 2, 31)), "amountSuchAs"],
  ];
  it.each(cases)("reads %s", (_name, cell, expected) => {
    expect(outcome(readDecimal(cell, "es"))).toBe(expected);
  });

  it("names the error the cell shows", () => {
    expect(en(readDecimal({ error: "#REF!" }, "en"))).toBe("The cell shows the error #REF!: correct the formula in the file, or type the value.");
  });
});

describe("readDay", () => {
  const everywhere: [string, string][] = [
    ["2026-03-31", "2026-03-31"],
    [" 2026-3-1 ", "2026-03-01"],
    ["2024-02-29", "2024-02-29"],
    ["2026-03-31 00:00:00", "2026-03-31"],
    ["2026-03-31T10:20:00", "2026-03-31"],
    ["2026-03-31T00:00:00Z", "daySuchAs"],
    ["2026-02-29", "dayNotInCalendar"],
    ["2026-02-30", "dayNotInCalendar"],
    ["2026-13-01", "dayNotInCalendar"],
    ["2026-04-31", "dayNotInCalendar"],
    ["0026-03-31", "dayYearRange"],
    ["1899-12-31", "dayYearRange"],
    ["yesterday", "daySuchAs"],
    ["", "empty"],
  ];
  for (const locale of LOCALES) {
    it.each(everywhere)(`reads %j in ${locale} as %s`, (cell, expected) => {
      expect(outcome(readDay(cell, locale))).toBe(expected);
    });
  }

  it.each([
    ["3/31/2026", "2026-03-31"],
    ["03/31/2026", "2026-03-31"],
    ["4/1/2026", "2026-04-01"],
    ["3/31/2026 12:00:00 AM", "2026-03-31"],
    ["31/3/2026", "dayMonthFirst"],
    ["13/13/2026", "dayNotInCalendar"],
    ["2/30/2026", "dayNotInCalendar"],
    ["3/31/26", "dayFourDigitYear"],
    ["31.03.2026", "daySuchAs"],
    ["3-31-2026", "daySuchAs"],
    ["3/31/202", "daySuchAs"],
    ["March 31, 2026", "daySuchAs"],
  ])("reads %j in English, month first, as %s", (cell, expected) => {
    expect(outcome(readDay(cell, "en"))).toBe(expected);
  });

  const dayFirst: [string, string][] = [
    ["31/03/2026", "2026-03-31"],
    ["31.03.2026", "2026-03-31"],
    ["31-03-2026", "2026-03-31"],
    ["1/4/2026", "2026-04-01"],
    ["29/02/2024", "2024-02-29"],
    ["31/03/2026 0:00", "2026-03-31"],
    ["31/03/26", "dayFourDigitYear"],
    ["30/02/2026", "dayNotInCalendar"],
    ["3/31/2026", "dayNotInCalendar"],
    ["31/03.2026", "daySuchAs"],
  ];
  for (const locale of ["es", "fr", "vi"] as const) {
    it.each(dayFirst)(`reads %j in ${locale}, day first, as %s`, (cell, expected) => {
      expect(outcome(readDay(cell, locale))).toBe(expected);
    });
  }

  it("takes a Date cell's UTC day, as exceljs gives it", () => {
    expect(readDay(new Date(Date.UTC(2026, 2, 31)), "en")).toEqual({ ok: true, value: "2026-03-31" });
    expect(readDay(new Date(Date.UTC(2026, 2, 31, 23, 59, 59)), "vi")).toEqual({ ok: true, value: "2026-03-31" });
    expect(readDay({ formula: "TODAY()", result: new Date(Date.UTC(2026, 0, 2)) }, "fr")).toEqual({ ok: true, value: "2026-01-02" });
    expect(outcome(readDay(new Date(Number.NaN), "en"))).toBe("daySuchAs");
    expect(outcome(readDay(new Date(Date.UTC(1800, 0, 1)), "en"))).toBe("dayYearRange");
  });

  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "dayNotInCalendar"],
    [61, "1900-03-01"],
    [45000, "2023-03-15"],
    [46112, "2026-03-31"],
    [2958465, "9999-12-31"],
    [0, "serialNotDay"],
    [-1, "serialNotDay"],
    [2958466, "serialNotDay"],
    [45000.5, "serialNotDay"],
    [Number.NaN, "serialNotDay"],
  ])("reads the Excel serial %d as %s", (serial, expected) => {
    expect(outcome(readDay(serial, "es"))).toBe(expected);
  });

  it("says which day the 1900 serial 60 would be, and what to write instead of a number", () => {
    expect(en(readDay(60, "en"))).toBe("1900-02-29 is not a day of the calendar: check the day and the month.");
    expect(en(readDay(45000.5, "en"))).toBe("The cell holds the number 45000.5, not a date: format the cell as a date, or write a date such as 3/31/2026.");
  });

  it("reads other cells", () => {
    expect(outcome(readDay(true, "en"))).toBe("daySuchAs");
    expect(outcome(readDay({ richText: [{ text: "31/03/" }, { text: "2026" }] }, "fr"))).toBe("2026-03-31");
    expect(outcome(readDay({ error: "#VALUE!" }, "fr"))).toBe("cellError");
    expect(outcome(readDay(null, "fr"))).toBe("empty");
  });
});

describe("readText and cellText", () => {
  it.each<[string, Cell, string]>([
    ["trimmed text", "  Programa de empleo ", "Programa de empleo"],
    ["a number, without exponent", 1e21, "1000000000000000000000"],
    ["a small number", 0.1, "0.1"],
    ["a boolean", true, "TRUE"],
    ["a date at midnight", new Date(Date.UTC(2026, 2, 31)), "2026-03-31"],
    ["a date with a time", new Date(Date.UTC(2026, 2, 31, 8, 30)), "2026-03-31T08:30:00.000Z"],
    ["rich text", { richText: [{ text: "Bonjour " }, { text: "le monde" }] }, "Bonjour le monde"],
    ["a link with rich text", { text: { richText: [{ text: "ILO" }] }, hyperlink: "https://ilo.org" }, "ILO"],
    ["a formula's text result", { formula: "A1&B1", result: "ab" }, "ab"],
    ["an error", { error: "#N/A" }, "cellError"],
    ["an unknown object", { foo: 1 } as unknown as Cell, "unreadable"],
    ["blank", "   ", "empty"],
  ])("reads %s", (_name, cell, expected) => {
    expect(outcome(cellText(cell))).toBe(expected);
  });

  it("composes the text, ends lines with \\n and keeps it under the maximum", () => {
    expect(readText("Vie\u0323\u0302t Nam", { max: 8 })).toEqual({ ok: true, value: "Việt Nam" });
    expect(readText("one\r\ntwo", { max: 20 })).toEqual({ ok: true, value: "one\ntwo" });
    expect(outcome(readText("abcdef", { max: 5 }))).toBe("textTooLong");
    expect(en(readText("a".repeat(2001), { max: 2000 }))).toBe("Write at most 2,000 characters in this cell.");
    expect(readText(undefined, { max: 5 })).toEqual({ ok: true, value: undefined });
  });
});

describe("readCode", () => {
  const TYPES = ["INCOMING_FUNDS", "COMMITMENT", "DISBURSEMENT", "EXPENDITURE", "INTEREST_PAYMENT", "LOAN_REPAYMENT"] as const;
  const labels = { INCOMING_FUNDS: "Fondos recibidos", COMMITMENT: "Compromiso", DISBURSEMENT: "Desembolso", EXPENDITURE: "Gasto" };

  it.each<[Cell, string]>([
    ["DISBURSEMENT", "DISBURSEMENT"],
    ["disbursement", "DISBURSEMENT"],
    ["  Disbursement ", "DISBURSEMENT"],
    ["Desembolso", "DISBURSEMENT"],
    ["desembolso", "DISBURSEMENT"],
    ["fondos  recibidos", "INCOMING_FUNDS"],
    ["DISBURSEMENT — Desembolso", "DISBURSEMENT"],
    ["disbursement – Desembolso", "DISBURSEMENT"],
    ["COMMITMENT - Compromiso", "COMMITMENT"],
    [{ richText: [{ text: "Gasto" }] }, "EXPENDITURE"],
    ["Pago", "codeNotAllowed"],
    ["", "empty"],
  ])("reads %j as %s", (cell, expected) => {
    expect(outcome(readCode(cell, TYPES, { labels }))).toBe(expected);
  });

  it("reads labels only when given, and a label two codes share as neither", () => {
    expect(outcome(readCode("Desembolso", TYPES))).toBe("codeNotAllowed");
    expect(outcome(readCode("Pago", ["A", "B"], { labels: { A: "Pago", B: "pago" } }))).toBe("codeNotAllowed");
  });

  it("matches a Vietnamese label however it is composed", () => {
    expect(readCode("Gia\u0309i ngân", TYPES, { labels: { DISBURSEMENT: "Giải ngân" } })).toEqual({ ok: true, value: "DISBURSEMENT" });
  });

  it("lists a few of the choices and quotes a long value shortened", () => {
    expect(en(readCode("Payment", TYPES))).toBe("“Payment” is not one of the choices: choose one such as INCOMING_FUNDS, COMMITMENT, DISBURSEMENT, EXPENDITURE, INTEREST_PAYMENT.");
    expect(en(readCode("x".repeat(100), TYPES))).toContain(`“${"x".repeat(60)}…”`);
  });
});

describe("cells of a real XLSX file", () => {
  it("are read from what exceljs gives for each kind of cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Programs");
    sheet.getCell("A1").value = 1250000.5;
    sheet.getCell("A2").value = new Date(Date.UTC(2026, 2, 31));
    sheet.getCell("A2").numFmt = "dd/mm/yyyy";
    sheet.getCell("A3").value = { richText: [{ text: "1.250.000", font: { bold: true } }, { text: ",50" }] };
    sheet.getCell("A4").value = { formula: "A1*2", result: 2500001 };
    sheet.getCell("A5").value = { error: "#REF!" };
    sheet.getCell("A6").value = { text: "DISBURSEMENT — Desembolso", hyperlink: "https://example.org" };
    sheet.getCell("A7").value = 46112;
    sheet.getCell("A8").value = 0.1;
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    // exceljs's CellValue is a Cell: the import passes `cell.value` on as it is.
    const cell = (address: string): Cell => reread.getWorksheet("Programs")!.getCell(address).value;

    expect(readDecimal(cell("A1"), "fr")).toEqual({ ok: true, value: "1250000.5" });
    expect(readDay(cell("A2"), "fr")).toEqual({ ok: true, value: "2026-03-31" });
    expect(readDecimal(cell("A3"), "es")).toEqual({ ok: true, value: "1250000.5" });
    expect(readDecimal(cell("A4"), "vi")).toEqual({ ok: true, value: "2500001" });
    expect(outcome(readText(cell("A5"), { max: 10 }))).toBe("cellError");
    expect(readCode(cell("A6"), ["COMMITMENT", "DISBURSEMENT"])).toEqual({ ok: true, value: "DISBURSEMENT" });
    expect(readDay(cell("A7"), "en")).toEqual({ ok: true, value: "2026-03-31" });
    expect(readDecimal(cell("A8"), "en")).toEqual({ ok: true, value: "0.1" });
  });
});

describe("the problems", () => {
  /** At least one cell for each message, read the way it is refused. */
  const refusals: CellRead<string>[] = [
    readDecimal({ error: "#REF!" }, "en"),
    readDecimal({ formula: "A1" }, "en"),
    readDecimal({ foo: 1 } as unknown as Cell, "en"),
    readDecimal("abc", "en"),
    readDecimal("$5", "en"),
    readDecimal("0.12345", "en"),
    readDecimal("0.5", "en", { maxDecimals: 0 }),
    readDecimal("0.12", "en", { maxDecimals: 1 }),
    readDecimal("12345678901234567", "en"),
    readDecimal("-1", "en"),
    readDay("soon", "en"),
    readDay("31/3/2026", "en"),
    readDay("31/03/26", "es"),
    readDay("2026-02-30", "fr"),
    readDay("1800-01-01", "vi"),
    readDay(0.5, "vi"),
    readText("abcdef", { max: 5 }),
    readCode("x", ["A", "B"]),
  ];
  const problems = refusals.map((read) => (read.ok ? "" : read.problem));

  it("cover every message of the catalogue's SpreadsheetProblems", () => {
    const used = new Set<string | undefined>(problems.map((text) => readProblem(text)?.key));
    expect(Object.keys(PROBLEM_MESSAGES.en.SpreadsheetProblems).filter((key) => !used.has(`SpreadsheetProblems.${key}`))).toEqual([]);
  });

  it.each(LOCALES)("are said in %s, every placeholder filled", (locale) => {
    for (const text of problems) {
      const said = renderProblem(text, locale);
      expect(said, text).not.toBe("");
      expect(said, text).not.toMatch(/[{}]|SpreadsheetProblems/);
      if (locale !== "en") expect(said, text).not.toBe(renderProblem(text, "en"));
    }
  });

  it("show the amount and the date the way each language writes them", () => {
    const amount = (locale: Locale) => renderProblem((readDecimal("abc", locale) as { problem: string }).problem, locale);
    expect(amount("en")).toBe("Write an amount such as 1,250,000.50.");
    expect(amount("es")).toBe("Escriba un importe como 1.250.000,50.");
    expect(amount("fr")).toBe(`Saisissez un montant, par exemple 1${NBSP}250${NBSP}000,50.`);
    expect(amount("vi")).toBe("Vui lòng nhập số tiền theo dạng 1.250.000,50.");
    const day = (locale: Locale) => renderProblem((readDay("soon", locale) as { problem: string }).problem, locale);
    expect(day("en")).toBe("Write a date such as 3/31/2026 or 2026-03-31.");
    expect(day("es")).toBe("Escriba una fecha como 31/03/2026 o 2026-03-31.");
    expect(day("fr")).toBe("Saisissez une date, par exemple 31/03/2026 ou 2026-03-31.");
    expect(day("vi")).toBe("Vui lòng nhập ngày theo dạng 31/03/2026 hoặc 2026-03-31.");
    expect(renderProblem((readDecimal("1.000 €", "es") as { problem: string }).problem, "es")).toBe("Escriba solo el importe, como 1.250.000,50: la moneda va en su propia columna.");
  });
});

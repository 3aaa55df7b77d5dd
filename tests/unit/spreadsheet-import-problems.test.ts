// What the spreadsheet import says about a file, a row or the import itself: every message in the
// four languages with its placeholders filled; and the workbook's guards that need no database.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { PROBLEM_MESSAGES } from "@/lib/platform/i18n/problem-catalogue";
import { problem } from "@/lib/platform/i18n/problem";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { columnLetter, readSpreadsheet, SpreadsheetFileError } from "@/lib/domain/spreadsheet-import/read-workbook";
import { zipContentSize } from "@/lib/domain/spreadsheet-import/zip-size";
import { buildTemplateCsv } from "@/lib/domain/spreadsheet-import/template";

const VALUES = { mb: 10, sheet: "Budgets", rows: 20001, max: 20000, file: "a.csv", detail: "Quote not closed", count: 2, columns: "amount, currency", identifier: "XM-1", indicator: "Inspectors", value: "x", name: "Acme", identifiers: "XM-1, XM-2", reason: "Enter a date.", sheets: "programs", locales: "en" };

describe("the import's messages", () => {
  const keys = Object.keys(PROBLEM_MESSAGES.en.SpreadsheetImportProblems) as (keyof typeof PROBLEM_MESSAGES.en.SpreadsheetImportProblems)[];

  it.each(LOCALES)("are said in %s, every placeholder filled", (locale) => {
    for (const key of keys) {
      const text = problem(`SpreadsheetImportProblems.${key}`, VALUES);
      const said = renderProblem(text, locale);
      expect(said, key).not.toMatch(/[{}]|SpreadsheetImportProblems/);
      if (locale !== "en") expect(said, key).not.toBe(renderProblem(text, "en"));
    }
  });
});

/** The reason a file is refused, in English. */
async function refusal(files: { name: string; bytes: Uint8Array }[]): Promise<string> {
  try {
    await readSpreadsheet(files, "en");
  } catch (error) {
    if (error instanceof SpreadsheetFileError) return renderProblem(error.said, "en");
    throw error;
  }
  return "read";
}

describe("a workbook", () => {
  it("is measured unpacked before it is opened: what its ZIP directory declares", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Programs").getCell("A1").value = "x".repeat(100_000);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(zipContentSize(bytes)).toBeGreaterThan(100_000);
    expect(bytes.byteLength).toBeLessThan(50_000);
    expect(zipContentSize(new TextEncoder().encode("not a zip file at all"))).toBeUndefined();
  });

  it("names columns as a spreadsheet does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("is refused whole, with the reason: another format, two workbooks, no programs, a sheet twice, columns missing", async () => {
    const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    expect(await refusal([csv("programs.pdf", "x")])).toMatch(/^Upload one XLSX workbook/);
    expect(await refusal([csv("a.xlsx", "x"), csv("b.xlsx", "y")])).toMatch(/^Upload one XLSX workbook/);
    expect(await refusal([csv("a.xlsx", "PK\u0003\u0004 broken")])).toMatch(/^The file cannot be read as an XLSX workbook/);
    expect(await refusal([csv("budgets.csv", buildTemplateCsv("budgets", "en"))])).toBe("The file has no program: fill in the Programs sheet, one row per program.");
    expect(await refusal([csv("programs.csv", buildTemplateCsv("programs", "en")), csv("programs (2).csv", buildTemplateCsv("programs", "es"))])).toMatch(/is there twice/);
    expect(await refusal([csv("budgets.csv", "program,amount\nX,1")])).toBe("The sheet “budgets.csv” lacks the columns Budget type, Budget status, Period start, Period end, Currency: keep the template's headers.");
    expect(await refusal([csv("notes.csv", "a,b\n1,2")])).toMatch(/^The file notes.csv is not one of the template's sheets/);
  });
});

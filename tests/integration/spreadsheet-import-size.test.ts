// The spreadsheet import at its row limit: a workbook of 20,000 rows (4,000 programs with a
// participant, a budget, a transaction and an indicator each) is read into its preview without a
// server error, its progress stored as it goes. The time it takes is printed, not asserted: it is
// measured, as the benchmarks are.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { MAX_SPREADSHEET_BYTES, MAX_SPREADSHEET_ROWS } from "@/lib/domain/spreadsheet-import/columns";
import { getSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/confirm-spreadsheet-import";
import { readSpreadsheetImport, startSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/preview-spreadsheet-import";
import { templateHeaders } from "@/lib/domain/spreadsheet-import/template";
import { createAgreement, createOrganisation } from "@/prisma/seed/factories";
import { contextFor, createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

const PROGRAMS = MAX_SPREADSHEET_ROWS / 5;

let admin: Actor;
let agreement: string;
let organisation: string;

beforeAll(async () => {
  admin = await createActor(test.db, "ADMIN");
  agreement = (await createAgreement(test.db)).shortName;
  organisation = (await createOrganisation(test.db, { name: "Size Test Organisation" })).name;
});

/**
 * A workbook of the template's sheets with `PROGRAMS` programs and one row of each other kind per
 * program; `summary` characters of text that does not compress in each program's summary.
 */
async function largeWorkbook(summary = 0): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = (name: string, kind: Parameters<typeof templateHeaders>[0], rows: (string | number)[][]) => {
    const worksheet = book.addWorksheet(name);
    worksheet.addRow(templateHeaders(kind, "en"));
    for (const row of rows) worksheet.addRow(row);
  };
  const numbers = Array.from({ length: PROGRAMS }, (_, index) => index + 1);
  const id = (n: number) => `XM-SIZE-${n}`;
  const text = () => randomBytes(Math.ceil((summary * 3) / 4)).toString("base64").slice(0, summary);
  sheet("Programs", "programs", numbers.map((n) => [id(n), agreement, `Program ${n}`, "TECHNICAL_COOPERATION", "IMPLEMENTATION", text(), "", "en", "LABOUR_INSPECTION", "", "", "", "", "", "", "", "USD", organisation, "", "", "Inspection"]));
  sheet("Participants", "participants", numbers.map((n) => [id(n), organisation, "IMPLEMENTER"]));
  sheet("Budgets", "budgets", numbers.map((n) => [id(n), "ORIGINAL", "COMMITTED", "2025-01-01", "2025-12-31", `${n}000.50`, "USD"]));
  sheet("Transactions", "transactions", numbers.map((n) => [id(n), "DISBURSEMENT", "2025-03-01", n, "USD"]));
  sheet("Indicators", "indicators", numbers.map((n) => [id(n), `Indicator ${n}`, "", "OUTPUT", "UNIT", 2024, 0]));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("a workbook of 20,000 rows", () => {
  it.each([
    ["of short rows", 0],
    // Near the size limit: long summaries of text that does not compress.
    ["of 10 MB", 3_000],
  ])("%s is read into its preview, every program checked, with its progress stored", async (_size, summary) => {
    const bytes = await largeWorkbook(summary);
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_SPREADSHEET_BYTES);
    const id = await startSpreadsheetImport(contextFor(admin), { files: [{ name: "large.xlsx", bytes }], locale: "en" });
    const started = performance.now();
    await readSpreadsheetImport(id);
    const seconds = (performance.now() - started) / 1000;
    const view = await getSpreadsheetImport(admin, id);
    expect(view.status).toBe("PREVIEWED");
    expect(view.summary).toMatchObject({ programs: PROGRAMS, new: PROGRAMS, skip: 0 });
    expect(view.progress).toMatchObject({ stage: "checking", done: PROGRAMS, total: PROGRAMS });
    expect(view.programs[PROGRAMS - 1]!.counts).toMatchObject({ participants: 1, budgets: 1, transactions: 1, indicators: 1 });
    // eslint-disable-next-line no-console -- the test reports the time the preview took
    console.log(`spreadsheet-import-size: preview of ${MAX_SPREADSHEET_ROWS} rows (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB) in ${seconds.toFixed(1)} s`);
  }, 300_000);
});

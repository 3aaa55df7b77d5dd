// Programs from a spreadsheet: the template filled in as a ministry's staff would, in their language
// (amounts and dates as they write them), previewed program by program with each problem against
// its cell, and written only for the programs left ticked, each in its own transaction; an update
// says what it changes; files that cannot be read are refused whole with nothing written.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import type { Locale } from "@/lib/platform/i18n/locales";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { SHEETS, type SheetKind } from "@/lib/domain/spreadsheet-import/columns";
import { sheetName } from "@/lib/domain/spreadsheet-import/headers";
import { buildTemplateCsv, buildTemplateWorkbook } from "@/lib/domain/spreadsheet-import/template";
import { beginSpreadsheetConfirmation, getSpreadsheetImport, writeSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/confirm-spreadsheet-import";
import { readSpreadsheetImport, startSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/preview-spreadsheet-import";
import { resumeStalledImports } from "@/lib/domain/imports/resume-imports";
import { seed } from "@/prisma/seed";
import { contextFor, createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

type Rows = Partial<Record<SheetKind, Record<string, ExcelJS.CellValue>[]>>;

let ministry: Actor;
let article: string;
const stamp = Date.now();

beforeAll(async () => {
  await seed(test.db, { demo: true });
  const mintrabajo = await test.db.organisation.findFirstOrThrow({ where: { name: "Ministerio del Trabajo de Colombia" } });
  ministry = await createActor(test.db, "GOVERNMENT", { organisationId: mintrabajo.id });
  article = (await test.db.labourProvision.findFirstOrThrow({ where: { agreement: { shortName: "CCOFTA" } }, orderBy: { article: "asc" } })).article;
}, 120_000);

/** The template of `locale`, filled in with `rows`, as a file to upload. */
async function workbook(locale: Locale, rows: Rows): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildTemplateWorkbook(locale, { agreements: ["CCOFTA"], currencies: ["COP", "USD"] })) as unknown as ExcelJS.Buffer);
  for (const [kind, list] of Object.entries(rows) as [SheetKind, Record<string, ExcelJS.CellValue>[]][]) {
    const sheet = book.getWorksheet(sheetName(kind, locale))!;
    list.forEach((values, index) => SHEETS[kind].forEach((column, position) => {
      if (values[column.key] !== undefined) sheet.getRow(index + 2).getCell(position + 1).value = values[column.key]!;
    }));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Uploads and reads the files, as the upload does for a file of this size. */
async function preview(files: { name: string; bytes: Uint8Array }[], locale: Locale = "es", actor = ministry) {
  const id = await startSpreadsheetImport(contextFor(actor), { files, locale });
  await readSpreadsheetImport(id);
  return getSpreadsheetImport(actor, id);
}

async function confirm(id: string, programs: string[], actor = ministry) {
  await beginSpreadsheetConfirmation(contextFor(actor), id, programs);
  await writeSpreadsheetImport(id, "test");
  return getSpreadsheetImport(actor, id);
}

const program = (identifier: string, extra: Record<string, ExcelJS.CellValue> = {}) => ({
  identifier,
  agreement: "CCOFTA",
  title: `Inspección laboral ${identifier}`,
  type: "TECHNICAL_COOPERATION — Cooperación técnica",
  status: "IMPLEMENTATION",
  summary: "Formación de inspectores.",
  topics: "LABOUR_INSPECTION, CHILD_LABOUR",
  countries: "CO",
  provisions: article,
  plannedStart: "01/02/2025",
  currency: "COP",
  expertiseArea: "Inspección del trabajo",
  ...extra,
});

const messages = (problems: { where: string; message: string }[]) => problems.map((entry) => `${entry.where}: ${renderProblem(entry.message, "es")}`);

describe("a ministry's spreadsheet in Spanish", () => {
  const first = `CO-MT-HOJA-${stamp}-1`;
  const second = `CO-MT-HOJA-${stamp}-2`;
  const broken = `CO-MT-HOJA-${stamp}-3`;
  let id: string;

  beforeAll(async () => {
    const bytes = await workbook("es", {
      programs: [program(first), program(second, { fundingAmount: "12,5" }), program(broken, { plannedStart: "31/02/2025", status: "" })],
      participants: [{ program: first, organisation: "Ministerio del Trabajo de Colombia", role: "ACCOUNTABLE" }, { program: first, organisation: "Nadie S.A.", role: "PARTNER" }],
      budgets: [{ program: first, budgetType: "ORIGINAL", budgetStatus: "COMMITTED", periodStart: "01/01/2025", periodEnd: "31/12/2025", amount: "1.250.000,50", currency: "COP" }],
      transactions: [
        { program: first, transactionType: "COMMITMENT", date: new Date(Date.UTC(2025, 0, 15)), amount: 1250000.5, currency: "COP" },
        { program: first, transactionType: "DISBURSEMENT", date: "2025-03-01", amount: "-20.000,25", currency: "COP" },
        { program: `CO-MT-NADA-${stamp}`, transactionType: "DISBURSEMENT", date: "2025-03-01", amount: "1", currency: "COP" },
      ],
      indicators: [{ program: first, indicator: "Inspectores formados", level: "OUTPUT", measure: "UNIT", baselineYear: 2024, baseline: "0" }],
      periods: [
        { program: first, indicator: "Inspectores formados", periodStart: "01/01/2025", periodEnd: "31/12/2025", target: "120", actual: "1.000,5" },
        { indicator: "Inspectores formados", periodStart: "01/01/2026", periodEnd: "31/12/2026", target: "150" },
      ],
    });
    const view = await preview([{ name: "programas.xlsx", bytes }]);
    id = view.id;
  });

  it("previews each program as new, with its records, and each problem against its cell", async () => {
    const view = await getSpreadsheetImport(ministry, id);
    expect(view.status).toBe("PREVIEWED");
    expect(view.programs.map((entry) => [entry.identifier, entry.action])).toEqual([[first, "new"], [second, "new"], [broken, "skip"]]);
    expect(view.programs[0]!.counts).toMatchObject({ participants: 1, budgets: 1, transactions: 2, indicators: 1, periods: 1 });
    expect(messages(view.programs[0]!.problems)).toContain("Participantes!B3: Fila no conservada: Ninguna organización del registro se llama «Nadie S.A.»: escriba su nombre, sigla o identificador IATI tal como figura en el registro, o agréguela antes en Organizaciones.");
    // The funding amount is a detail of financial assistance: for technical cooperation it is read, not kept.
    expect(messages(view.programs[2]!.problems)).toEqual(expect.arrayContaining([
      "Programas!M4: 31/02/2025 no es un día del calendario: revise el día y el mes.",
      "Programas!E4: Esta celda es obligatoria: complétela.",
    ]));
    expect(messages(view.fileProblems)).toEqual([
      `Transacciones!A4: La hoja Programas no tiene ningún programa CO-MT-NADA-${stamp}: agregue allí su fila o corrija el identificador.`,
      "'Periodos de informe'!A3: Fila no conservada: Esta celda es obligatoria: complétela.",
    ]);
    expect(await test.db.cooperationProgram.count({ where: { identifier: { startsWith: `CO-MT-HOJA-${stamp}` } } })).toBe(0);
  });

  it("writes only the programs left ticked, with amounts exactly as written, each audited with the import", async () => {
    const view = await confirm(id, [first]);
    expect(view.status).toBe("CONFIRMED");
    expect(view.result).toEqual({ created: [first], updated: [], failed: [] });
    const written = await test.db.cooperationProgram.findUniqueOrThrow({
      where: { identifier: first },
      include: { budgets: true, transactions: true, participants: true, provisions: { include: { provision: true } }, indicators: { include: { periods: true } } },
    });
    expect(written).toMatchObject({ type: "TECHNICAL_COOPERATION", status: "IMPLEMENTATION", topics: ["LABOUR_INSPECTION", "CHILD_LABOUR"], reportingOrganisationId: ministry.organisationId, visibility: "DRAFT" });
    expect(written.plannedStart?.toISOString().slice(0, 10)).toBe("2025-02-01");
    expect(written.provisions.map((entry) => entry.provision.article)).toContain(article);
    expect(written.budgets.map((budget) => budget.amount.toFixed())).toEqual(["1250000.5"]);
    expect(written.transactions.map((transaction) => transaction.amount.toFixed()).sort()).toEqual(["-20000.25", "1250000.5"]);
    expect(written.indicators[0]!.periods.map((period) => period.actualValue?.toFixed())).toEqual(["1000.5"]);
    expect(await test.db.cooperationProgram.count({ where: { identifier: { in: [second, broken] } } })).toBe(0);
    expect(await test.db.auditEvent.count({ where: { entityId: written.id, after: { path: ["importId"], equals: id } } })).toBeGreaterThan(4);
    await expect(confirm(id, [second])).rejects.toThrow("This import has already been confirmed.");
  });

  it("previews the same program again as unchanged, and a changed title as an update from → to", async () => {
    const rows: Rows = {
      programs: [program(first)],
      participants: [{ program: first, organisation: "Ministerio del Trabajo de Colombia", role: "ACCOUNTABLE" }],
      budgets: [{ program: first, budgetType: "ORIGINAL", budgetStatus: "COMMITTED", periodStart: "01/01/2025", periodEnd: "31/12/2025", amount: "1.250.000,50", currency: "COP" }],
    };
    const same = await preview([{ name: "programas.xlsx", bytes: await workbook("es", rows) }]);
    expect(same.programs[0]).toMatchObject({ action: "update", unchanged: true });
    const renamed = await preview([{ name: "programas.xlsx", bytes: await workbook("es", { ...rows, programs: [program(first, { title: "Nuevo título" })] }) }]);
    expect(renamed.programs[0]!.changes!.fields).toEqual([{ field: "title", from: `Inspección laboral ${first}`, to: "Nuevo título" }]);
    // Sheets without rows for the program keep its records: its transactions and indicators stay.
    expect(renamed.programs[0]!.changes!.records.transactions).toMatchObject({ unchanged: 2, removed: [] });
  });
});

describe("CSV files, one per sheet", () => {
  it("reads the template's CSV sheets in English, with amounts and dates as an English reader writes them", async () => {
    const identifier = `CO-MT-CSV-${stamp}`;
    // Each row in the template's column order; a value with a comma is quoted, as a spreadsheet saves it.
    const line = (kind: SheetKind, values: Record<string, string>) => SHEETS[kind].map((column) => (values[column.key]?.includes(",") ? `"${values[column.key]}"` : (values[column.key] ?? ""))).join(",");
    const csv = (kind: SheetKind, values: Record<string, string>) => ({ name: `${kind}.csv`, bytes: new TextEncoder().encode(`${buildTemplateCsv(kind, "en")}${line(kind, values)}\n`) });
    const view = await preview(
      [
        csv("programs", { identifier, agreement: "CCOFTA", title: "Labour inspection", type: "TECHNICAL_COOPERATION", status: "PIPELINE", topics: "LABOUR_INSPECTION", countries: "CO", plannedStart: "3/31/2026", currency: "COP", expertiseArea: "Inspection" }),
        csv("budgets", { program: identifier, budgetType: "ORIGINAL", budgetStatus: "INDICATIVE", periodStart: "1/1/2026", periodEnd: "12/31/2026", amount: "1,250,000.50", currency: "COP" }),
      ],
      "en",
    );
    expect(view.programs.map((entry) => [entry.identifier, entry.action, entry.problems.filter((problem) => problem.tier !== "warning")])).toEqual([[identifier, "new", []]]);
    expect(view.programs[0]!.counts.budgets).toBe(1);
  });
});

describe("files that cannot be read are refused whole", () => {
  it.each([
    ["not a workbook", [{ name: "programas.xlsx", bytes: new TextEncoder().encode("hello") }], "El archivo no se puede leer como libro XLSX"],
    ["a sheet without its required columns", [{ name: "budgets.csv", bytes: new TextEncoder().encode("program,amount\nX,1") }], "falta"],
  ])("%s", async (_case, files, said) => {
    const before = await test.db.cooperationProgram.count();
    const view = await preview(files);
    expect(view.status).toBe("FAILED");
    expect(renderProblem(view.failure!, "es")).toContain(said);
    expect(await test.db.cooperationProgram.count()).toBe(before);
  });

  it("refuses another kind of file, and a user who may not import", async () => {
    await expect(startSpreadsheetImport(contextFor(ministry), { files: [{ name: "programas.pdf", bytes: new Uint8Array([1]) }], locale: "es" })).rejects.toThrow();
    const viewer = await createActor(test.db, "CIVIL_SOCIETY");
    await expect(startSpreadsheetImport(contextFor(viewer), { files: [{ name: "programas.xlsx", bytes: new Uint8Array([1]) }], locale: "es" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("an import whose process stopped", () => {
  const stalled = (id: string) => test.db.$executeRaw`UPDATE "SpreadsheetImport" SET "progress" = jsonb_set("progress", '{at}', '"2020-01-01T00:00:00.000Z"') WHERE "id" = ${id}`;

  it("is read by the worker's sweep when nobody read it, and not twice while someone is", async () => {
    const identifier = `CO-MT-SWEEP-${stamp}`;
    const id = await startSpreadsheetImport(contextFor(ministry), { files: [{ name: "programas.xlsx", bytes: await workbook("es", { programs: [program(identifier)] }) }], locale: "es" });
    expect(await resumeStalledImports()).toBeGreaterThanOrEqual(1);
    expect((await getSpreadsheetImport(ministry, id)).status).toBe("PREVIEWED");
    // Claimed and moving: the sweep leaves it alone.
    const other = await startSpreadsheetImport(contextFor(ministry), { files: [{ name: "programas.xlsx", bytes: await workbook("es", { programs: [program(`${identifier}-2`)] }) }], locale: "es" });
    await test.db.spreadsheetImport.update({ where: { id: other }, data: { progress: { stage: "reading", at: new Date().toISOString() } } });
    await resumeStalledImports();
    expect((await getSpreadsheetImport(ministry, other)).status).toBe("READING");
  });

  it("goes on writing where it stopped, and gives up with what it wrote after stopping three times", async () => {
    const identifiers = [1, 2, 3].map((n) => `CO-MT-RESUME-${stamp}-${n}`);
    const view = await preview([{ name: "programas.xlsx", bytes: await workbook("es", { programs: identifiers.map((identifier) => program(identifier)) }) }]);
    await beginSpreadsheetConfirmation(contextFor(ministry), view.id, identifiers);
    // The first program was written before the process stopped.
    await test.db.spreadsheetImport.update({ where: { id: view.id }, data: { result: { chosen: identifiers, by: ministry.id, created: [identifiers[0]!] } } });
    await stalled(view.id);
    await resumeStalledImports();
    const resumed = await getSpreadsheetImport(ministry, view.id);
    expect(resumed.result).toEqual({ created: [identifiers[0], identifiers[1], identifiers[2]], updated: [], failed: [] });
    expect(await test.db.cooperationProgram.count({ where: { identifier: { in: identifiers } } })).toBe(2);

    const again = await preview([{ name: "programas.xlsx", bytes: await workbook("es", { programs: [program(`CO-MT-GIVEUP-${stamp}`)] }) }]);
    await beginSpreadsheetConfirmation(contextFor(ministry), again.id, [`CO-MT-GIVEUP-${stamp}`]);
    await test.db.spreadsheetImport.update({ where: { id: again.id }, data: { progress: { stage: "writing", resumed: 3, at: "2020-01-01T00:00:00.000Z" } } });
    await resumeStalledImports();
    const given = await getSpreadsheetImport(ministry, again.id);
    expect(given.status).toBe("CONFIRMED");
    expect(given.result?.failed.map((entry) => [entry.identifier, renderProblem(entry.message, "en")])).toEqual([[`CO-MT-GIVEUP-${stamp}`, "The import stopped several times before it finished, and was given up: upload the file again."]]);
  });
});

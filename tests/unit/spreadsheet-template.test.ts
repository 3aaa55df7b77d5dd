// The import template a person downloads in their language, and the recognition of a filled-in
// file's sheets and headers whatever language it was written in.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { AMOUNT_EXAMPLE, DAY_EXAMPLE } from "@/lib/domain/spreadsheet-import/cells";
import { MAX_SPREADSHEET_ROWS, SHEET_KINDS, SHEETS, type SheetKind } from "@/lib/domain/spreadsheet-import/columns";
import { columnHeader, columnKeyOf, csvKindOf, sheetKindOf, sheetName } from "@/lib/domain/spreadsheet-import/headers";
import { buildTemplateCsv, buildTemplateWorkbook, templateHeaders } from "@/lib/domain/spreadsheet-import/template";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { LOCALES, type Locale } from "@/lib/platform/i18n/locales";

const LISTS = { agreements: ["USMCA", "CAFTA-DR", "=EVFTA"], currencies: ["EUR", "MXN", "USD"] };

const INSTRUCTIONS: Record<Locale, string> = { en: "Instructions", es: "Instrucciones", fr: "Mode d’emploi", vi: "Hướng dẫn" };
const BUDGETS: Record<Locale, string> = { en: "Budgets", es: "Presupuestos", fr: "Budgets", vi: "Ngân sách" };
const DISBURSEMENT: Record<Locale, string> = { en: "DISBURSEMENT — Disbursement", es: "DISBURSEMENT — Desembolso", fr: "DISBURSEMENT — Décaissement", vi: "DISBURSEMENT — Giải ngân" };
const REVISED: Record<Locale, string> = { en: "REVISED — Revised", es: "REVISED — Revisado", fr: "REVISED — Révisé", vi: "REVISED — Điều chỉnh" };

type Messages = Record<string, Record<string, string>>;

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowTexts = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1).map(String);

/** The validation of a column's cell and, for a list on another sheet, the texts that list holds. */
function dropDown(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, key: string, row = 2) {
  const kind = sheetKindOf(sheet.name)!;
  const column = SHEETS[kind].findIndex((candidate) => candidate.key === key) + 1;
  const validation = sheet.getCell(row, column).dataValidation;
  if (!validation) return undefined;
  const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(String(validation.formulae[0]));
  expect(match, String(validation.formulae[0])).not.toBeNull();
  const [, name, from, first, to, last] = match!;
  expect(to).toBe(from);
  const lists = workbook.getWorksheet(name!.replace(/''/g, "'"))!;
  const values: string[] = [];
  for (let index = Number(first); index <= Number(last); index++) values.push(String(lists.getCell(`${from}${index}`).value));
  return { validation, lists, values };
}

describe.each(LOCALES)("the %s template", (locale) => {
  let workbook: ExcelJS.Workbook;
  let messages: Record<string, unknown>;
  beforeAll(async () => {
    workbook = await open(await buildTemplateWorkbook(locale, LISTS));
    messages = await loadMessages(locale);
  });

  it("opens on its instructions, then the six sheets in order, then the hidden lists", () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe(INSTRUCTIONS[locale]);
    expect(names.slice(1, 7)).toEqual(SHEET_KINDS.map((kind) => sheetName(kind, locale)));
    expect(names).toHaveLength(8);
    expect(names[1 + SHEET_KINDS.indexOf("budgets")]).toBe(BUDGETS[locale]);
    expect(workbook.worksheets.map((sheet) => sheet.state)).toEqual([...Array(7).fill("visible"), "hidden"]);
  });

  it("has each sheet's headers in row 1, required ones marked, bold and frozen, and no data rows", () => {
    for (const kind of SHEET_KINDS) {
      const sheet = workbook.getWorksheet(sheetName(kind, locale))!;
      expect(rowTexts(sheet, 1)).toEqual(SHEETS[kind].map((column) => `${columnHeader(column.key, locale)}${column.required ? " *" : ""}`));
      expect(rowTexts(sheet, 1)).toEqual(templateHeaders(kind, locale));
      expect(sheet.getCell(1, 1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.actualRowCount).toBe(1);
    }
    expect(rowTexts(workbook.getWorksheet(sheetName("transactions", locale))!, 1)[1]).toBe(`${columnHeader("transactionType", locale)} *`);
  });

  it("offers a code column's codes with their labels in this language, from the hidden sheet, down to row 20,001", () => {
    const transactions = workbook.getWorksheet(sheetName("transactions", locale))!;
    const type = dropDown(workbook, transactions, "transactionType")!;
    expect(type.validation.type).toBe("list");
    expect(type.lists.state).toBe("hidden");
    // Excel refuses a longer title or message, and the file with them.
    expect(type.validation.errorTitle!.length).toBeLessThanOrEqual(32);
    expect(type.validation.error!.length).toBeLessThanOrEqual(255);
    const labels = messages.TransactionType as Record<string, string>;
    expect(type.values).toEqual(SHEETS.transactions[1]!.codes!.map((code) => `${code} — ${labels[code]}`));
    expect(type.values).toContain(DISBURSEMENT[locale]);
    expect(dropDown(workbook, transactions, "transactionType", MAX_SPREADSHEET_ROWS + 1)?.values).toEqual(type.values);
    expect(dropDown(workbook, transactions, "transactionType", MAX_SPREADSHEET_ROWS + 2)).toBeUndefined();

    const budgets = workbook.getWorksheet(sheetName("budgets", locale))!;
    expect(dropDown(workbook, budgets, "budgetType")!.values).toContain(REVISED[locale]);
    const history = (messages.History as unknown as { enum: Messages }).enum;
    const indicators = workbook.getWorksheet(sheetName("indicators", locale))!;
    expect(dropDown(workbook, indicators, "measure")!.values).toContain(`QUALITATIVE — ${history.IndicatorMeasure!.QUALITATIVE}`);
  });

  it("fills the agreements' and currencies' drop-downs from the lists given", () => {
    const programs = workbook.getWorksheet(sheetName("programs", locale))!;
    expect(dropDown(workbook, programs, "agreement")!.values).toEqual(LISTS.agreements);
    expect(dropDown(workbook, programs, "currency")!.values).toEqual(LISTS.currencies);
    expect(dropDown(workbook, workbook.getWorksheet(sheetName("transactions", locale))!, "currency")!.values).toEqual(LISTS.currencies);
  });

  it("gives no drop-down to a column of several codes, nor to amounts and dates, which stay General", () => {
    const programs = workbook.getWorksheet(sheetName("programs", locale))!;
    expect(dropDown(workbook, programs, "topics")).toBeUndefined();
    const transactions = workbook.getWorksheet(sheetName("transactions", locale))!;
    for (const key of ["amount", "date"]) {
      expect(dropDown(workbook, transactions, key)).toBeUndefined();
      const column = SHEETS.transactions.findIndex((candidate) => candidate.key === key) + 1;
      expect(transactions.getCell(2, column).numFmt ?? "General").not.toBe("@");
    }
  });

  it("explains the file, with this language's amounts and dates, and each column with its codes", () => {
    const instructions = workbook.worksheets[0]!;
    const texts: string[] = [];
    instructions.eachRow((row) => texts.push(...(row.values as ExcelJS.CellValue[]).slice(1).map(String)));
    const all = texts.join("\n");
    expect(all).toContain(AMOUNT_EXAMPLE[locale]);
    expect(all).toContain(DAY_EXAMPLE[locale]);
    expect(all).toContain(new Intl.NumberFormat(locale).format(MAX_SPREADSHEET_ROWS));
    const topics = messages.LabourTopic as Record<string, string>;
    expect(all).toContain(`CHILD_LABOUR — ${topics.CHILD_LABOUR}`);
    expect(all).toContain(DISBURSEMENT[locale]);
    // One table row per column of every sheet: sheet, header, required or not, what to write.
    const rows: string[][] = [];
    instructions.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(String)));
    const yes = rows.find((row) => row[0] === sheetName("transactions", locale) && row[1] === columnHeader("transactionType", locale));
    const no = rows.find((row) => row[0] === sheetName("transactions", locale) && row[1] === columnHeader("reference", locale));
    expect(yes?.[3]).toContain(DISBURSEMENT[locale]);
    expect(yes?.[2]).not.toBe(no?.[2]);
    const tableRows = rows.filter((row) => row.length === 4 && SHEET_KINDS.some((kind) => sheetName(kind, locale) === row[0]));
    expect(tableRows).toHaveLength(SHEET_KINDS.reduce((total, kind) => total + SHEETS[kind].length, 0));
  });
});

describe("the template's words", () => {
  it("name every column and say what to write in it, in English and so (by the parity test) in every language", async () => {
    const words = (await loadMessages("en")).SpreadsheetImport as Record<string, Record<string, string>>;
    for (const kind of SHEET_KINDS) {
      for (const column of SHEETS[kind]) {
        expect(words.column![column.key], column.key).toBeTypeOf("string");
        const hint = words.columnHint![column.key] ?? words.hint![column.kind === "amount" && column.negative ? "correction" : column.kind];
        expect(hint, `${column.key} (${column.kind})`).toBeTypeOf("string");
      }
    }
  });

  it("are translated, not English copies", () => {
    const keys = [...new Set(SHEET_KINDS.flatMap((kind) => SHEETS[kind].map((column) => column.key)))];
    for (const locale of ["es", "fr", "vi"] as const) {
      // A few words are the same in French ("Type", "Date", "Description").
      const same = keys.filter((key) => columnHeader(key, locale) === columnHeader(key, "en"));
      expect(same.length, `${locale}: ${same.join(", ")}`).toBeLessThan(keys.length / 8);
      expect(sheetName("programs", locale)).not.toBe(sheetName("programs", "en"));
    }
    expect(columnHeader("leadInstitution", "es")).toBe("Institución principal");
    expect(columnHeader("provisions", "es")).toBe("Disposiciones laborales");
  });

  it("name sheets as Excel allows: at most 31 characters, none of []:*?/\\, no apostrophe at either end", () => {
    const names = LOCALES.flatMap((locale) => [...SHEET_KINDS.map((kind) => sheetName(kind, locale)), INSTRUCTIONS[locale]]);
    for (const name of names) {
      expect(name.length, name).toBeLessThanOrEqual(31);
      expect(name, name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
  });
});

describe("a sheet's name", () => {
  it("is recognised in every language and by its key, whatever its case, accents and spaces", () => {
    for (const kind of SHEET_KINDS) {
      expect(sheetKindOf(kind)).toBe(kind);
      expect(sheetKindOf(` ${kind.toUpperCase()} `)).toBe(kind);
      for (const locale of LOCALES) {
        const name = sheetName(kind, locale);
        expect(sheetKindOf(name)).toBe(kind);
        expect(sheetKindOf(name.toLocaleUpperCase(locale))).toBe(kind);
        expect(sheetKindOf(name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/ /g, "  "))).toBe(kind);
      }
    }
    expect(sheetKindOf("Periodes de rapport")).toBe("periods");
    expect(sheetKindOf("ngan sach")).toBe("budgets");
  });

  it("is refused when it is not one of the six sheets", () => {
    for (const name of ["Sheet1", "Hoja1", "", "Programs 2", ...Object.values(INSTRUCTIONS)]) expect(sheetKindOf(name), name).toBeUndefined();
  });
});

describe("a column's header", () => {
  it("is recognised in every language and by its key, with or without the required mark", () => {
    for (const kind of SHEET_KINDS) {
      for (const { key } of SHEETS[kind]) {
        expect(columnKeyOf(kind, key)).toBe(key);
        for (const locale of LOCALES) {
          const header = columnHeader(key, locale);
          expect(columnKeyOf(kind, header), `${kind} ${locale} ${header}`).toBe(key);
          expect(columnKeyOf(kind, `${header} *`)).toBe(key);
          expect(columnKeyOf(kind, ` ${header.toLocaleUpperCase(locale)}*`)).toBe(key);
          expect(columnKeyOf(kind, header.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’]/g, "'"))).toBe(key);
        }
      }
    }
    expect(columnKeyOf("programs", "Domaine d'expertise")).toBe("expertiseArea");
    expect(columnKeyOf("transactions", "transaction type")).toBe("transactionType");
    expect(columnKeyOf("budgets", "\uFEFFIdentificador del programa")).toBe("program");
  });

  it("is refused when unknown, or when it belongs to another sheet", () => {
    expect(columnKeyOf("transactions", "Colour")).toBeUndefined();
    expect(columnKeyOf("transactions", "")).toBeUndefined();
    expect(columnKeyOf("budgets", columnHeader("transactionType", "en"))).toBeUndefined();
    expect(columnKeyOf("participants", "amount")).toBeUndefined();
  });
});

describe("a CSV file's sheet", () => {
  it("is known by its file name in any language, a copy's number aside", () => {
    for (const kind of SHEET_KINDS) {
      for (const locale of LOCALES) expect(csvKindOf(`${sheetName(kind, locale)}.csv`, [])).toBe(kind);
      expect(csvKindOf(`${kind}.csv`, [])).toBe(kind);
    }
    expect(csvKindOf("presupuestos.csv", [])).toBe("budgets");
    expect(csvKindOf("Budgets (3).csv", [])).toBe("budgets");
    expect(csvKindOf("C:\\Users\\ana\\Downloads\\Giao dịch (1).CSV", [])).toBe("transactions");
    expect(csvKindOf("Plan 2026 - Indicadores.csv", [])).toBe("indicators");
  });

  it("is known by its headers when its name says nothing, in any language or by keys", () => {
    for (const kind of SHEET_KINDS) {
      for (const locale of LOCALES) expect(csvKindOf("export.csv", templateHeaders(kind, locale)), `${kind} ${locale}`).toBe(kind);
      const required = SHEETS[kind].filter((column) => column.required).map((column) => column.key);
      expect(csvKindOf("data.csv", required)).toBe(kind);
      expect(csvKindOf("data.csv", required.slice(1))).toBeUndefined();
    }
  });

  it("is unknown when neither its name nor its headers say", () => {
    expect(csvKindOf("data.csv", ["a", "b"])).toBeUndefined();
    expect(csvKindOf("data.csv", [])).toBeUndefined();
  });
});

describe("the CSV template", () => {
  it("is the sheet's header row, the same as the workbook's, in UTF-8 with a byte order mark", async () => {
    for (const locale of LOCALES) {
      const workbook = await open(await buildTemplateWorkbook(locale, LISTS));
      for (const kind of SHEET_KINDS) {
        const csv = buildTemplateCsv(kind, locale);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        const records = parse(csv, { bom: true }) as string[][];
        expect(records).toHaveLength(1);
        expect(records[0]).toEqual(rowTexts(workbook.getWorksheet(sheetName(kind, locale))!, 1));
        expect(csvKindOf("upload.csv", records[0]!)).toBe(kind satisfies SheetKind);
      }
    }
  });
});

describe("a template without agreements", () => {
  it("offers no empty drop-down for them", async () => {
    const workbook = await open(await buildTemplateWorkbook("en", { agreements: [], currencies: ["USD"] }));
    const programs = workbook.getWorksheet(sheetName("programs", "en"))!;
    expect(dropDown(workbook, programs, "agreement")).toBeUndefined();
    expect(dropDown(workbook, programs, "currency")!.values).toEqual(["USD"]);
  });
});

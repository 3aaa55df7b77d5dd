import "server-only";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import type { Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { ZCreateBudget, ZCreateTransaction } from "@/lib/domain/funding/schemas";
import { ZCreateIndicator, ZCreatePeriod } from "@/lib/domain/monitoring/schemas";
import { inCodelist } from "@/lib/domain/iati/codes";
import type { FileOrganisation, Problem, ReadActivity, ReadIndicator, Tier } from "@/lib/domain/iati/read/types";
import { readCode, readDay, readDecimal, readText, type Cell, type CellRead } from "./cells";
import { SHEETS, type Column, type SheetKind } from "./columns";
import type { ReadSheet, SheetRow } from "./read-workbook";

/** An organisation named in a cell: one of the register's, or why none is. */
export type OrganisationLookup = (name: string) => { organisation: FileOrganisation } | { problem: string };

/** A program read from its row and the rows naming it; `refs` gives each program column's cell. */
export type SheetProgram = { activity: ReadActivity; refs: Record<string, string> };

export type ReadPrograms = { programs: SheetProgram[]; fileProblems: Problem[] };

type Values = Record<string, unknown>;

/** How each kind of cell is read; a problem is said against the cell's reference. */
function readCell(column: Column, cell: Cell | undefined, locale: Locale, lookup: OrganisationLookup, measure?: string): CellRead<unknown> {
  if (cell === undefined) return { ok: true, value: undefined };
  switch (column.kind) {
    case "text":
    case "agreement":
    case "institution":
      return readText(cell, { max: column.max ?? 300 });
    case "code":
      return readCode(cell, column.codes!);
    case "codes":
      return readList(cell, (item) => readCode(item, column.codes!));
    case "day":
      return readDay(cell, locale);
    case "amount":
      return readDecimal(cell, locale, { allowNegative: column.negative });
    case "value":
      // A qualitative indicator's values are texts; a numeric one's are numbers, as the reader writes them.
      return measure === "QUALITATIVE" ? readText(cell, { max: 2000 }) : readDecimal(cell, locale, { allowNegative: true, maxDecimals: 4 });
    case "year": {
      const read = readDecimal(cell, locale, { maxIntegerDigits: 4, maxDecimals: 0 });
      return read.ok && read.value !== undefined ? { ok: true, value: Number(read.value) } : read;
    }
    case "organisation": {
      const read = readText(cell, { max: 300 });
      if (!read.ok || read.value === undefined) return read;
      const found = lookup(read.value);
      return "problem" in found ? { ok: false, problem: found.problem } : { ok: true, value: found.organisation };
    }
    case "currency":
      return readMatching(cell, /^[A-Z]{3}$/, (value) => value.toUpperCase(), "currencyCode");
    case "language":
      return readMatching(cell, /^[a-z]{2,3}$/, (value) => value.toLowerCase(), "languageCode");
    case "countries":
      return readList(cell, (item) => readMatching(item, /^[A-Z]{2}$/, (value) => value.toUpperCase(), "countryCode", (code) => inCodelist("Country", code)));
    case "provisions":
      return readList(cell, (item) => readText(item, { max: 100 }));
  }
}

/** A cell of several values, separated by commas or semicolons. */
function readList(cell: Cell, readItem: (item: string) => CellRead<unknown>): CellRead<unknown[]> {
  const text = readText(cell, { max: 5000 });
  if (!text.ok || text.value === undefined) return text;
  const values: unknown[] = [];
  for (const item of text.value.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean)) {
    const read = readItem(item);
    if (!read.ok) return read;
    if (!values.includes(read.value)) values.push(read.value);
  }
  return { ok: true, value: values };
}

function readMatching(cell: Cell, pattern: RegExp, normal: (value: string) => string, key: string, known: (value: string) => boolean = () => true): CellRead<string> {
  const text = readText(cell, { max: 50 });
  if (!text.ok || text.value === undefined) return text;
  const value = normal(text.value);
  return pattern.test(value) && known(value) ? { ok: true, value } : { ok: false, problem: problem(`SpreadsheetImportProblems.${key}` as "SpreadsheetImportProblems.currencyCode", { value: text.value }) };
}

/**
 * Reads a row's cells by its sheet's columns. A cell that cannot be read, or a required one left
 * empty, is a problem against its reference, of the tier given; the rest of the row is read.
 */
function readRow(kind: SheetKind, row: SheetRow, locale: Locale, lookup: OrganisationLookup, tier: (column: Column) => Tier, problems: Problem[], measure?: string): Values {
  const values: Values = {};
  for (const column of SHEETS[kind]) {
    const where = row.refs[column.key] ?? column.key;
    const read = readCell(column, row.cells[column.key], locale, lookup, measure ?? (values.measure as string | undefined));
    if (!read.ok) problems.push({ tier: tier(column), where, message: read.problem });
    else if (read.value !== undefined) values[column.key] = read.value;
    else if (column.required) problems.push({ tier: tier(column), where, message: problem("SpreadsheetImportProblems.required") });
  }
  return values;
}

/** Each field error of a record's schema, said against the cell of its column (`field → column`). */
function schemaProblems(error: z.ZodError, row: SheetRow, columns: Record<string, string>, problems: Problem[]) {
  for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
    const where = row.refs[columns[field] ?? field] ?? Object.values(row.refs)[0] ?? field;
    for (const message of messages) problems.push({ tier: "error", where, message: problem("SpreadsheetImportProblems.rowNotKept", { reason: message }) });
  }
}

const asOrganisation = (value: unknown) => value as FileOrganisation | undefined;

/** A row of a sheet other than the programs' is kept whole or not at all: its problem says it is not kept. */
const notKept = (entry: Problem): Problem => ({ ...entry, message: problem("SpreadsheetImportProblems.rowNotKept", { reason: entry.message }) });

/**
 * The programs of a spreadsheet, each as an activity the import resolves and writes like an IATI
 * activity: its row of the programs sheet, and the rows of the other sheets that name it. A program
 * row that cannot be read in a required column is skipped (critical); any other cell that cannot
 * be read drops its value (error), and a row of another sheet that cannot be read is not kept.
 * Rows naming a program the programs sheet does not have are said against the file.
 */
export function readPrograms(sheets: ReadSheet[], locale: Locale, lookup: OrganisationLookup): ReadPrograms {
  const fileProblems: Problem[] = [];
  const rowsOf = (kind: SheetKind) => sheets.find((sheet) => sheet.kind === kind)?.rows ?? [];
  const programs = new Map<string, SheetProgram>();

  for (const row of rowsOf("programs")) {
    const problems: Problem[] = [];
    const values = readRow("programs", row, locale, lookup, (column) => (column.required ? "critical" : "error"), problems);
    const identifier = typeof values.identifier === "string" ? values.identifier : "";
    if (identifier && programs.has(identifier)) {
      fileProblems.push({ tier: "critical", where: row.refs.identifier!, message: problem("SpreadsheetImportProblems.programTwice", { identifier }) });
      continue;
    }
    const provisions = (values.provisions as string[] | undefined) ?? [];
    const activity: ReadActivity = {
      identifier,
      line: row.row,
      language: (values.language as string | undefined) ?? locale,
      title: (values.title as string | undefined) ?? "",
      summary: (values.summary as string | undefined) ?? "",
      objectives: (values.objectives as string | undefined) ?? "",
      translations: {},
      givenType: values.type as ReadActivity["givenType"],
      status: (values.status as ReadActivity["status"]) ?? "PLANNED",
      topics: (values.topics as ReadActivity["topics"]) ?? [],
      trackerTopics: true,
      sectorNames: [],
      beneficiaryCountries: (values.countries as string[] | undefined) ?? [],
      dates: Object.fromEntries((["plannedStart", "plannedEnd", "actualStart", "actualEnd"] as const).flatMap((field) => (values[field] ? [[field, values[field] as string]] : []))),
      currencyCode: (values.currency as string | undefined) ?? "",
      agreement: values.agreement as string | undefined,
      leadInstitution: values.leadInstitution as string | undefined,
      // A spreadsheet names provisions by article; the agreement's provision of that article is linked.
      provisions: provisions.map((article) => ({ article, topic: "" })),
      details: Object.fromEntries((["expertiseArea", "researchQuestions", "researchOutputs", "exchangeSubject", "exchangeBetween"] as const).flatMap((field) => (values[field] ? [[field, values[field] as string]] : []))),
      fundingAmount: values.fundingAmount as string | undefined,
      funder: asOrganisation(values.funder),
      reporter: asOrganisation(values.reporter),
      participants: [],
      // The sheets say everything the tracker has a column for: an update replaces what they give.
      fromTracker: true,
      keepsParticipants: true,
      source: "spreadsheet",
      budgets: [],
      transactions: [],
      indicators: [],
      documents: [],
      problems,
    };
    programs.set(identifier || `row:${row.row}`, { activity, refs: row.refs });
  }

  /** The program a row of another sheet names, or a problem against the file. */
  const programOf = (row: SheetRow, values: Values): SheetProgram | undefined => {
    const identifier = values.program as string | undefined;
    const found = identifier ? programs.get(identifier) : undefined;
    if (identifier && !found) fileProblems.push({ tier: "error", where: row.refs.program!, message: problem("SpreadsheetImportProblems.unknownProgram", { identifier }) });
    return found;
  };
  const childRows = (kind: SheetKind, each: (row: SheetRow, values: Values, program: SheetProgram, problems: Problem[]) => void) => {
    for (const row of rowsOf(kind)) {
      const problems: Problem[] = [];
      const values = readRow(kind, row, locale, lookup, () => "error", problems);
      const program = programOf(row, values);
      if (!program) {
        if (!values.program) fileProblems.push(...problems.map(notKept));
        continue;
      }
      if (problems.length) {
        program.activity.problems.push(...problems.map(notKept));
        continue;
      }
      each(row, values, program, program.activity.problems);
    }
  };

  childRows("participants", (_row, values, { activity }) => {
    activity.participants.push({ role: values.role as ReadActivity["participants"][number]["role"], organisation: values.organisation as FileOrganisation });
    activity.keepsParticipants = false;
  });
  childRows("budgets", (row, values, { activity }, problems) => {
    const parsed = ZCreateBudget.safeParse({ type: values.budgetType, status: values.budgetStatus, periodStart: values.periodStart, periodEnd: values.periodEnd, amount: values.amount, currencyCode: values.currency, valueDate: values.valueDate });
    if (parsed.success) activity.budgets.push(parsed.data);
    else schemaProblems(parsed.error, row, { type: "budgetType", status: "budgetStatus", currencyCode: "currency" }, problems);
  });
  childRows("transactions", (row, values, { activity }, problems) => {
    const parsed = ZCreateTransaction.safeParse({ type: values.transactionType, date: values.date, amount: values.amount, currencyCode: values.currency, reference: values.reference, description: values.description ?? "" });
    if (parsed.success) activity.transactions.push({ input: parsed.data, provider: asOrganisation(values.provider), receiver: asOrganisation(values.receiver), translations: {} });
    else schemaProblems(parsed.error, row, { type: "transactionType", currencyCode: "currency" }, problems);
  });
  const indicators = new Map<string, ReadIndicator>();
  childRows("indicators", (row, values, { activity }, problems) => {
    const parsed = ZCreateIndicator.safeParse({ title: values.indicator, description: values.description ?? "", level: values.level, measure: values.measure, ascending: true, baselineYear: values.baselineYear, baseline: values.baseline, unit: values.unit });
    if (!parsed.success) return schemaProblems(parsed.error, row, { title: "indicator" }, problems);
    const indicator: ReadIndicator = { input: parsed.data, translations: {}, periods: [] };
    activity.indicators.push(indicator);
    indicators.set(`${activity.identifier}\u0000${parsed.data.title}`, indicator);
  });
  for (const row of rowsOf("periods")) {
    const problems: Problem[] = [];
    const peek = readRow("periods", { ...row, cells: { program: row.cells.program, indicator: row.cells.indicator } }, locale, lookup, () => "error", []);
    const indicator = indicators.get(`${String(peek.program ?? "")}\u0000${String(peek.indicator ?? "")}`);
    const values = readRow("periods", row, locale, lookup, () => "error", problems, indicator?.input.measure);
    const program = programOf(row, values);
    if (!program) {
      if (!values.program) fileProblems.push(...problems.map(notKept));
      continue;
    }
    if (!indicator) {
      if (values.indicator) program.activity.problems.push({ tier: "error", where: row.refs.indicator!, message: problem("SpreadsheetImportProblems.unknownIndicator", { indicator: String(values.indicator) }) });
      else program.activity.problems.push(...problems.map(notKept));
      continue;
    }
    if (problems.length) {
      program.activity.problems.push(...problems.map(notKept));
      continue;
    }
    const parsed = ZCreatePeriod.safeParse({ periodStart: values.periodStart, periodEnd: values.periodEnd, target: values.target, actual: values.actual, comment: values.comment });
    // Target and actual were read as numbers or texts by the indicator's measure.
    if (parsed.success) indicator.periods.push(parsed.data);
    else schemaProblems(parsed.error, row, {}, program.activity.problems);
  }
  return { programs: [...programs.values()], fileProblems };
}

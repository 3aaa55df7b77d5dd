import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/platform/i18n/locales";
import { PROBLEM_MESSAGES } from "@/lib/platform/i18n/problem-catalogue";
import { SHEET_KINDS, SHEETS, type SheetKind } from "./columns";

// The names of the template's sheets and columns, in the reader's language, and their recognition
// in a file whatever language it was filled in: a team may share one file across countries. Pure:
// the words come from the catalogue that is loaded with the module (SpreadsheetImport messages).

/**
 * The message namespace of each code column's labels (the labels the pages show), by column key:
 * the template's drop-downs read "CODE — label", and the reader accepts a label as its code.
 */
export const CODE_LABELS: Readonly<Record<string, string>> = {
  type: "ProgramType",
  status: "ProgramStatus",
  topics: "LabourTopic",
  role: "ParticipantRole",
  budgetType: "History.enum.BudgetType",
  budgetStatus: "History.enum.BudgetStatus",
  transactionType: "TransactionType",
  level: "History.enum.ResultLevel",
  measure: "History.enum.IndicatorMeasure",
};

type Translate = (key: string) => string;

const translators = new Map<Locale, Translate>();

function words(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    // A message missing from a translation (the parity test forbids it) is still said, in English.
    const english = createTranslator({ locale: DEFAULT_LOCALE, messages: PROBLEM_MESSAGES.en, namespace: "SpreadsheetImport" }) as unknown as Translate;
    t = createTranslator({
      locale,
      messages: PROBLEM_MESSAGES[locale],
      namespace: "SpreadsheetImport",
      onError: () => undefined,
      getMessageFallback: ({ key }) => english(key),
    }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

/** A sheet's name in `locale`: at most 31 characters, none of those Excel refuses in a sheet name. */
export function sheetName(kind: SheetKind, locale: Locale): string {
  return words(locale)(`sheet.${kind}`);
}

/** A column's header in `locale`, without the mark of a required column. */
export function columnHeader(key: string, locale: Locale): string {
  return words(locale)(`column.${key}`);
}

/**
 * A name as people may write it: without accents (đ as d), apostrophes alike, without spaces of any
 * kind (a key such as "transactionType" then matches "Transaction type") and in lower case.
 */
function comparable(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\s\ufeff]+/g, "")
    .toLowerCase();
}

// Built on first use: each sheet's and each column's names in every language, and its key.
let sheetsByName: Map<string, SheetKind> | undefined;
let columnsByName: Map<SheetKind, Map<string, string>> | undefined;

function sheetNames(): Map<string, SheetKind> {
  sheetsByName ??= new Map(SHEET_KINDS.flatMap((kind) => [kind, ...LOCALES.map((locale) => sheetName(kind, locale))].map((name) => [comparable(name), kind] as const)));
  return sheetsByName;
}

function columnNames(sheet: SheetKind): Map<string, string> {
  columnsByName ??= new Map(
    SHEET_KINDS.map((kind) => [kind, new Map(SHEETS[kind].flatMap(({ key }) => [key, ...LOCALES.map((locale) => columnHeader(key, locale))].map((name) => [comparable(name), key] as const)))]),
  );
  return columnsByName.get(sheet)!;
}

/** The sheet a workbook's sheet is, by its name in any language or its kind ("Presupuestos", "budgets"). */
export function sheetKindOf(name: string): SheetKind | undefined {
  return sheetNames().get(comparable(name));
}

/** The key of a sheet's column, by its header in any language or the key itself; the " *" of a required column is ignored. */
export function columnKeyOf(sheet: SheetKind, header: string): string | undefined {
  return columnNames(sheet).get(comparable(header.replace(/\s*\*\s*$/, "")));
}

/**
 * The sheet a CSV file holds: by its file name ("budgets.csv", "Presupuestos (2).csv", or the sheet
 * after " - " as a spreadsheet names one sheet saved alone: "Plan 2026 - Budgets.csv"), else by its
 * headers, the sheet whose required columns all appear (the one with most columns recognised if
 * several do; none when that is a tie).
 */
export function csvKindOf(fileName: string, headers: readonly string[]): SheetKind | undefined {
  const stem = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .replace(/\s*\(\d+\)\s*$/, "");
  const named = sheetKindOf(stem) ?? (stem.includes(" - ") ? sheetKindOf(stem.slice(stem.lastIndexOf(" - ") + 3)) : undefined);
  if (named) return named;
  const fits = SHEET_KINDS.flatMap((kind) => {
    const keys = new Set(headers.map((header) => columnKeyOf(kind, header)));
    const complete = SHEETS[kind].every((column) => !column.required || keys.has(column.key));
    return complete ? [{ kind, recognised: [...keys].filter(Boolean).length }] : [];
  }).sort((a, b) => b.recognised - a.recognised);
  return fits.length === 1 || (fits.length > 1 && fits[0]!.recognised > fits[1]!.recognised) ? fits[0]!.kind : undefined;
}

import {
  BudgetStatus,
  BudgetType,
  IndicatorMeasure,
  LabourTopic,
  ParticipantRole,
  ProgramStatus,
  ProgramType,
  ResultLevel,
  TransactionType,
} from "@/lib/platform/db/generated/enums";

/**
 * How a column's cells are read:
 * - `text`: up to `max` characters;
 * - `code`: one of `codes` (the template offers them in a drop-down);
 * - `codes`: several of `codes`, separated by commas or semicolons;
 * - `day`: a date as the reader writes one;
 * - `amount`: an exact decimal (`negative`: a correction may be below zero);
 * - `value`: a measure, a number for a numeric indicator and a text for a qualitative one;
 * - `year`: a four-digit year;
 * - `organisation`: an organisation of the register, by name, acronym or IATI identifier;
 * - `agreement`: an agreement, by short name; `currency`: an ISO 4217 code; `countries`: ISO 3166 codes;
 * - `language`: the ISO 639-1 code of the language the texts are written in (else the reader's);
 * - `provisions`: articles of the agreement's labour provisions; `institution`: an institution of the agreement, by name.
 */
export type ColumnKind = "text" | "code" | "codes" | "day" | "amount" | "value" | "year" | "organisation" | "agreement" | "currency" | "language" | "countries" | "provisions" | "institution";

export type Column = {
  /** The column's key: its header in any language may be this key, and its messages are `SpreadsheetImport.column.<key>`. */
  key: string;
  kind: ColumnKind;
  required?: boolean;
  max?: number;
  codes?: readonly string[];
  negative?: boolean;
};

export type SheetKind = "programs" | "participants" | "budgets" | "transactions" | "indicators" | "periods";

const enumValues = <T extends Record<string, string>>(values: T) => Object.values(values) as T[keyof T][];

/** The column every sheet but the programs' starts with: the program the row belongs to. */
const PROGRAM: Column = { key: "program", kind: "text", required: true, max: 150 };

/**
 * The template's sheets and their columns, in order. A program is one row of `programs`, found by
 * its IATI identifier; every other sheet's rows name it in their first column. An indicator's
 * periods name the program and the indicator's title.
 */
export const SHEETS: Record<SheetKind, readonly Column[]> = {
  programs: [
    { key: "identifier", kind: "text", required: true, max: 150 },
    { key: "agreement", kind: "agreement", required: true },
    { key: "title", kind: "text", required: true, max: 300 },
    { key: "type", kind: "code", required: true, codes: enumValues(ProgramType) },
    { key: "status", kind: "code", required: true, codes: enumValues(ProgramStatus) },
    { key: "summary", kind: "text", max: 5000 },
    { key: "objectives", kind: "text", max: 5000 },
    { key: "language", kind: "language" },
    { key: "topics", kind: "codes", required: true, codes: enumValues(LabourTopic) },
    { key: "countries", kind: "countries" },
    { key: "provisions", kind: "provisions" },
    { key: "leadInstitution", kind: "institution" },
    { key: "plannedStart", kind: "day" },
    { key: "plannedEnd", kind: "day" },
    { key: "actualStart", kind: "day" },
    { key: "actualEnd", kind: "day" },
    { key: "currency", kind: "currency", required: true },
    { key: "reporter", kind: "organisation" },
    { key: "funder", kind: "organisation" },
    { key: "fundingAmount", kind: "amount" },
    { key: "expertiseArea", kind: "text", max: 500 },
    { key: "researchQuestions", kind: "text", max: 5000 },
    { key: "researchOutputs", kind: "text", max: 5000 },
    { key: "exchangeSubject", kind: "text", max: 1000 },
    { key: "exchangeBetween", kind: "text", max: 1000 },
  ],
  participants: [PROGRAM, { key: "organisation", kind: "organisation", required: true }, { key: "role", kind: "code", required: true, codes: enumValues(ParticipantRole) }],
  budgets: [
    PROGRAM,
    { key: "budgetType", kind: "code", required: true, codes: enumValues(BudgetType) },
    { key: "budgetStatus", kind: "code", required: true, codes: enumValues(BudgetStatus) },
    { key: "periodStart", kind: "day", required: true },
    { key: "periodEnd", kind: "day", required: true },
    { key: "amount", kind: "amount", required: true },
    { key: "currency", kind: "currency", required: true },
    { key: "valueDate", kind: "day" },
  ],
  transactions: [
    PROGRAM,
    { key: "transactionType", kind: "code", required: true, codes: enumValues(TransactionType) },
    { key: "date", kind: "day", required: true },
    { key: "amount", kind: "amount", required: true, negative: true },
    { key: "currency", kind: "currency", required: true },
    { key: "provider", kind: "organisation" },
    { key: "receiver", kind: "organisation" },
    { key: "reference", kind: "text", max: 100 },
    { key: "description", kind: "text", max: 2000 },
  ],
  indicators: [
    PROGRAM,
    { key: "indicator", kind: "text", required: true, max: 300 },
    { key: "description", kind: "text", max: 2000 },
    { key: "level", kind: "code", required: true, codes: enumValues(ResultLevel) },
    { key: "measure", kind: "code", required: true, codes: enumValues(IndicatorMeasure) },
    { key: "baselineYear", kind: "year" },
    { key: "baseline", kind: "value" },
    { key: "unit", kind: "text", max: 100 },
  ],
  periods: [
    PROGRAM,
    { key: "indicator", kind: "text", required: true, max: 300 },
    { key: "periodStart", kind: "day", required: true },
    { key: "periodEnd", kind: "day", required: true },
    { key: "target", kind: "value" },
    { key: "actual", kind: "value" },
    { key: "comment", kind: "text", max: 2000 },
  ],
};

export const SHEET_KINDS = Object.keys(SHEETS) as SheetKind[];

/** The most rows a file may have, over all its sheets, and its largest size. */
export const MAX_SPREADSHEET_ROWS = 20_000;
export const MAX_SPREADSHEET_BYTES = 10 * 1024 * 1024;

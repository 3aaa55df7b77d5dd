import "server-only";
import { formatDecimal, formatMoney } from "@/lib/platform/format/numbers";

/** The reader's messages from the root (next-intl's `getTranslations()` without a namespace). */
export type Translate = { (key: string, values?: Record<string, string | number | Date>): string; has(key: string): boolean };

/** What the history needs of next-intl's formatter (`getFormatter()`). */
export type Formatter = {
  dateTime(value: Date, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
};

/** How a history entry is written: in the reader's language, with names known for ids (e.g. organisations). */
export type HistoryLanguage = { t: Translate; format: Formatter; locale: string; names?: ReadonlyMap<string, string> };

export type Snapshot = Record<string, unknown>;

/** A value is shortened past this many characters: the history says what changed, the record says the rest. */
export const SHORT_TEXT = 120;

// Which message namespace names an enum field's values, by the kind of record it is on; then by the field alone.
const ENUMS_BY_RECORD: Record<string, Record<string, string>> = {
  program: { status: "ProgramStatus", type: "ProgramType" },
  plan: { status: "PlanStatus", kind: "PlanKind" },
  measure: { status: "MeasureStatus" },
  agreement: { status: "AgreementStatus", kind: "AgreementKind" },
  request: { status: "History.enum.RequestStatus" },
  budget: { status: "History.enum.BudgetStatus", type: "History.enum.BudgetType" },
  transaction: { type: "TransactionType" },
  event: { kind: "EventKind" },
  organisation: { kind: "OrganisationKind" },
  institution: { kind: "InstitutionKind" },
  exchange: { kind: "ExchangeKind" },
  iati_import: { status: "History.enum.ImportStatus" },
  submission: { status: "SubmissionStatus" },
};
const ENUMS_BY_FIELD: Record<string, string[]> = {
  status: ["ProgramStatus", "PlanStatus", "MeasureStatus", "AgreementStatus", "History.enum.RequestStatus", "History.enum.BudgetStatus", "History.enum.ImportStatus", "SubmissionStatus"],
  kind: ["OrganisationKind", "AgreementKind", "InstitutionKind", "EventKind", "PlanKind", "ExchangeKind"],
  type: ["ProgramType", "TransactionType", "History.enum.BudgetType"],
  role: ["Role", "ParticipantRole"],
  visibility: ["History.enum.Visibility"],
  topics: ["LabourTopic"],
  topic: ["LabourTopic"],
  category: ["ProvisionCategory"],
  constituency: ["Constituency"],
  origin: ["PlanOrigin"],
  decision: ["ReviewDecision"],
  level: ["History.enum.ResultLevel"],
  measure: ["History.enum.IndicatorMeasure"],
  purpose: ["History.enum.PasswordLinkPurpose"],
};
const MONEY = new Set(["amount", "fundingAmount"]);
const COUNTRIES = new Set(["countryCode", "beneficiaryCountries", "fromCountryCode", "toCountryCode"]);
const ENUM_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A long text cut at a word near SHORT_TEXT characters, with an ellipsis; line breaks become spaces. */
export function shorten(text: string, max = SHORT_TEXT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An enum value in words, through the messages of its kind; never the code itself. */
export function enumLabel(field: string, value: string, record: string, { t }: HistoryLanguage): string {
  const first = ENUMS_BY_RECORD[record]?.[field];
  for (const namespace of [...(first ? [first] : []), ...(ENUMS_BY_FIELD[field] ?? [])]) {
    if (t.has(`${namespace}.${value}`)) return t(`${namespace}.${value}`);
  }
  const words = value.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The words a field's label is said with: the history's own, or the field's name split into words. */
export function fieldLabel(field: string, { t }: HistoryLanguage): string {
  if (t.has(`History.field.${field}`)) return t(`History.field.${field}`);
  const words = field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An id of another record is shown by its name when the page knows it; otherwise it is not shown at all. */
export const isReference = (field: string) => /[a-z](Id|Ids)$/.test(field);

function dateText(value: string, language: HistoryLanguage): string {
  const date = new Date(DAY.test(value) ? `${value}T00:00:00Z` : value);
  // Dates are stored as midnight UTC: said as a day, not as a moment in the reader's time zone.
  const day = DAY.test(value) || /T00:00(:00(\.0+)?)?(Z|\+00:00)$/.test(value);
  return language.format.dateTime(date, day ? { dateStyle: "medium", timeZone: "UTC" } : { dateStyle: "medium", timeStyle: "short" });
}

// Stored decimals lose trailing zeros ("125000.5"); an amount with cents shows two of them.
const cents = (amount: string) => (/\.\d$/.test(amount) ? `${amount}0` : amount);

function textValue(field: string, value: string, record: Snapshot, entity: string, language: HistoryLanguage): string {
  if (DAY.test(value) || INSTANT.test(value)) return dateText(value, language);
  if (MONEY.has(field) && DECIMAL.test(value)) return formatMoney(cents(value), typeof record.currencyCode === "string" ? record.currencyCode : "", language.locale);
  if (DECIMAL.test(value) && field !== "identifier" && field !== "article") return formatDecimal(value, 6, language.locale);
  if (COUNTRIES.has(field) && /^[A-Z]{2}$/.test(value)) return new Intl.DisplayNames([language.locale], { type: "region" }).of(value) ?? value;
  if (field === "languageCode" && /^[a-z]{2,3}$/.test(value)) return new Intl.DisplayNames([language.locale], { type: "language" }).of(value) ?? value;
  // A code with an underscore is an enum value even on a field not known here: said in words, never as stored.
  if (ENUM_VALUE.test(value) && (ENUMS_BY_FIELD[field] || ENUMS_BY_RECORD[entity]?.[field] || value.includes("_"))) return enumLabel(field, value, entity, language);
  if (isReference(field)) return language.names?.get(value) ?? "";
  return shorten(value);
}

/**
 * A stored value in the reader's words: enum values through their messages, dates and money as the
 * reader writes them, Yes/No, lists joined, long texts shortened. "" for nothing to say.
 */
export function valueText(field: string, value: unknown, record: Snapshot, entity: string, language: HistoryLanguage): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return language.t(value ? "History.value.yes" : "History.value.no");
  if (typeof value === "number") return language.format.number(value);
  if (typeof value === "string") return textValue(field, value, record, entity, language);
  if (Array.isArray(value)) {
    const items = value.map((item) => valueText(field, item, record, entity, language)).filter(Boolean);
    return items.length ? new Intl.ListFormat(language.locale, { type: "conjunction" }).format(items) : "";
  }
  if (typeof value === "object") {
    const named = value as Snapshot;
    for (const key of ["name", "title", "organisation"]) if (typeof named[key] === "string") return shorten(named[key]);
  }
  return "";
}

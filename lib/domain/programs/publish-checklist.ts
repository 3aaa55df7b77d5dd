import type { ProgramType } from "@/lib/platform/db/generated/enums";

/**
 * What is known about a draft when it is checked for publishing: the program's own fields and how
 * many of each part it has. Read by `load-publish-facts.ts`; kept plain so that the rules below
 * can be tested without a database.
 */
export type PublishFacts = {
  type: ProgramType;
  title: string;
  summary: string;
  objectives: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  reportingOrganisation: { name: string; iatiIdentifier: string | null };
  topics: number;
  beneficiaryCountries: number;
  provisions: number;
  participants: number;
  implementers: number;
  budgets: number;
  /** Commitments and disbursements: money that has moved or is promised. */
  fundingTransactions: number;
  indicators: number;
  documents: number;
};

/** Where the person fixes an item: a field of the edit form, or a tab of the program's page. */
export type ChecklistFix = { field: string } | { tab: "participants" | "funding" | "monitoring" | "documents" } | null;

export type ChecklistItem = {
  key: ChecklistKey;
  done: boolean;
  /** A blocking item must be done before the program is published; the others are advice. */
  blocking: boolean;
  fix: ChecklistFix;
  /** The form field a refusal names when the item blocks an edit that publishes the program. */
  field: string;
};

export const CHECKLIST_KEYS = [
  "reportingOrganisation",
  "reportingOrganisationIdentifier",
  "title",
  "summary",
  "objectives",
  "startDate",
  "plannedEnd",
  "participants",
  "implementer",
  "provisions",
  "budget",
  "indicator",
  "topics",
  "beneficiaryCountries",
  "documents",
] as const;

export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

const text = (value: string) => value.trim().length > 0;

/**
 * A program "with money": a financial assistance program, or one with a budget or with money
 * committed or disbursed. Such a program must show what the money is for and how its results are
 * measured — the register's answer to "money is wasted without monitoring".
 */
export function isFunded(facts: PublishFacts): boolean {
  return facts.type === "FINANCIAL_ASSISTANCE" || facts.budgets > 0 || facts.fundingTransactions > 0;
}

/**
 * The publishing checklist, in the order it is shown. Blocking: what the IATI activity standard
 * requires of a published activity (reporting organisation, title, description, a start date, a
 * participating organisation) and, for a program with money, a budget, an indicator and the
 * labour provisions it serves. Everything else is advice.
 */
export function publishChecklist(facts: PublishFacts): ChecklistItem[] {
  const funded = isFunded(facts);
  const moneyMoves = facts.type === "FINANCIAL_ASSISTANCE" || facts.fundingTransactions > 0;
  const item = (key: ChecklistKey, done: boolean, blocking: boolean, fix: ChecklistFix, field = "visibility"): ChecklistItem => ({ key, done, blocking, fix, field });
  return [
    item("reportingOrganisation", text(facts.reportingOrganisation.name), true, null),
    item("reportingOrganisationIdentifier", Boolean(facts.reportingOrganisation.iatiIdentifier), false, null),
    item("title", text(facts.title), true, { field: "title" }, "title"),
    item("summary", text(facts.summary), true, { field: "summary" }, "summary"),
    item("objectives", text(facts.objectives), false, { field: "objectives" }, "objectives"),
    item("startDate", Boolean(facts.plannedStart || facts.actualStart), true, { field: "plannedStart" }, "plannedStart"),
    item("plannedEnd", Boolean(facts.plannedEnd), false, { field: "plannedEnd" }, "plannedEnd"),
    item("participants", facts.participants > 0, true, { tab: "participants" }),
    item("implementer", facts.implementers > 0, false, { tab: "participants" }),
    item("provisions", facts.provisions > 0, funded, { field: "provisionIds" }, "provisionIds"),
    item("budget", facts.budgets > 0, moneyMoves, { tab: "funding" }),
    item("indicator", facts.indicators > 0, funded, { tab: "monitoring" }),
    item("topics", facts.topics > 0, false, { field: "topics" }, "topics"),
    item("beneficiaryCountries", facts.beneficiaryCountries > 0, false, { field: "beneficiaryCountries" }, "beneficiaryCountries"),
    item("documents", facts.documents > 0, false, { tab: "documents" }),
  ];
}

/** The blocking items still missing: publishing waits for these. */
export function publishBlockers(items: ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => item.blocking && !item.done);
}

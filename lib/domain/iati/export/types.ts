import type { BudgetStatus, BudgetType, IndicatorMeasure, LabourTopic, OrganisationKind, ParticipantRole, ProgramStatus, ProgramType, ResultLevel, TransactionType } from "@/lib/platform/db/generated/enums";

/** An organisation as an activity names it. */
export type ExportedOrganisation = { name: string; kind: OrganisationKind; countryCode: string | null; iatiIdentifier: string | null; translations: unknown };

/**
 * A program with everything its IATI activity holds, as PostgreSQL assembles it: dates as
 * YYYY-MM-DD, moments as ISO 8601 in UTC, money and other decimals as decimal strings.
 */
export type ExportedProgram = {
  id: string;
  identifier: string;
  title: string;
  summary: string;
  objectives: string;
  type: ProgramType;
  status: ProgramStatus;
  topics: LabourTopic[];
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  currencyCode: string;
  language: string;
  translations: unknown;
  createdAt: string;
  updatedAt: string;
  fundingAmount: string | null;
  expertiseArea: string | null;
  researchQuestions: string | null;
  researchOutputs: string | null;
  exchangeSubject: string | null;
  exchangeBetween: string | null;
  funder: ExportedOrganisation | null;
  reporter: ExportedOrganisation;
  agreement: { shortName: string };
  leadInstitution: { name: string } | null;
  beneficiaries: { countryCode: string }[];
  provisions: { provision: { article: string; topic: LabourTopic } }[];
  participants: { role: ParticipantRole; organisation: ExportedOrganisation }[];
  budgets: { type: BudgetType; status: BudgetStatus; periodStart: string; periodEnd: string; amount: string; currencyCode: string; valueDate: string }[];
  transactions: {
    type: TransactionType;
    date: string;
    amount: string;
    currencyCode: string;
    reference: string | null;
    description: string;
    translations: unknown;
    provider: ExportedOrganisation | null;
    receiver: ExportedOrganisation | null;
  }[];
  indicators: {
    title: string;
    description: string;
    level: ResultLevel;
    measure: IndicatorMeasure;
    ascending: boolean;
    baselineYear: number | null;
    baselineValue: string | null;
    baselineText: string | null;
    unit: string | null;
    translations: unknown;
    periods: { periodStart: string; periodEnd: string; targetValue: string | null; targetText: string | null; actualValue: string | null; actualText: string | null; comment: string | null }[];
  }[];
  documents: { id: string; title: string; category: string; url: string | null; contentType: string | null; languageCode: string | null; documentDate: string | null; translations: unknown }[];
};

import { readTranslations, type Translations } from "@/lib/domain/iati/translations";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { LabourTopic, ProgramStatus, ProgramType, Visibility } from "@/lib/platform/db/generated/enums";

/** A program's planned and actual start and end. */
export const PROGRAM_DATES_SELECT = {
  plannedStart: true,
  plannedEnd: true,
  actualStart: true,
  actualEnd: true,
} satisfies Prisma.CooperationProgramSelect;

/** Everything an edit can change, as stored. */
export const PROGRAM_RECORD_SELECT = {
  id: true,
  agreementId: true,
  reportingOrganisationId: true,
  leadInstitutionId: true,
  identifier: true,
  title: true,
  summary: true,
  objectives: true,
  language: true,
  translations: true,
  type: true,
  status: true,
  topics: true,
  ...PROGRAM_DATES_SELECT,
  currencyCode: true,
  visibility: true,
  funderId: true,
  fundingAmount: true,
  expertiseArea: true,
  researchQuestions: true,
  researchOutputs: true,
  exchangeSubject: true,
  exchangeBetween: true,
  version: true,
  beneficiaries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  provisions: { select: { provisionId: true }, orderBy: { provisionId: "asc" } },
} satisfies Prisma.CooperationProgramSelect;

type StoredProgram = Prisma.CooperationProgramGetPayload<{ select: typeof PROGRAM_RECORD_SELECT }>;

/**
 * A program as plain values, in the shape the edit form and the API take: dates as YYYY-MM-DD,
 * money as a decimal string, lists sorted. It is what the audit trail records before and after each
 * change, so that "what changed since version N" can be read back from it.
 */
export type ProgramRecord = {
  id: string;
  agreementId: string;
  /** Who reports the program; its country's ministries change it. Changed only by an administrator. */
  reportingOrganisationId: string;
  leadInstitutionId: string | null;
  identifier: string;
  title: string;
  summary: string;
  objectives: string;
  /** The language title, summary and objectives are written in (ISO 639-1). */
  language: string;
  /** Title, summary and objectives in other languages: { "title": { "fr": "…" } }. */
  translations: Translations;
  type: ProgramType;
  status: ProgramStatus;
  topics: LabourTopic[];
  beneficiaryCountries: string[];
  provisionIds: string[];
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  currencyCode: string;
  visibility: Visibility;
  funderId: string | null;
  fundingAmount: string | null;
  expertiseArea: string | null;
  researchQuestions: string | null;
  researchOutputs: string | null;
  exchangeSubject: string | null;
  exchangeBetween: string | null;
  version: number;
};

/** The fields of a ProgramRecord a person edits, in the order the form shows them. */
export const EDITABLE_PROGRAM_FIELDS = [
  "agreementId",
  "leadInstitutionId",
  "identifier",
  "title",
  "type",
  "status",
  "visibility",
  "summary",
  "objectives",
  "language",
  "translations",
  "topics",
  "beneficiaryCountries",
  "provisionIds",
  "plannedStart",
  "plannedEnd",
  "actualStart",
  "actualEnd",
  "currencyCode",
  "funderId",
  "fundingAmount",
  "expertiseArea",
  "researchQuestions",
  "researchOutputs",
  "exchangeSubject",
  "exchangeBetween",
] as const satisfies readonly (keyof ProgramRecord)[];

export type EditableProgramField = (typeof EDITABLE_PROGRAM_FIELDS)[number];

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export function toProgramRecord(program: StoredProgram): ProgramRecord {
  const { beneficiaries, provisions, plannedStart, plannedEnd, actualStart, actualEnd, fundingAmount, topics, translations, ...rest } = program;
  return {
    ...rest,
    translations: readTranslations(translations),
    topics: [...topics].sort(),
    beneficiaryCountries: beneficiaries.map((beneficiary) => beneficiary.countryCode),
    provisionIds: provisions.map((provision) => provision.provisionId),
    plannedStart: day(plannedStart),
    plannedEnd: day(plannedEnd),
    actualStart: day(actualStart),
    actualEnd: day(actualEnd),
    fundingAmount: fundingAmount === null ? null : fundingAmount.toString(),
  };
}

/** The record as input for the program schema: what is not set is left out. */
export function recordAsInput(record: ProgramRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));
}

/** Only the ProgramRecord fields of a richer object (such as the detail page's program), to hand to a client form. */
export function toProgramRecordShape(program: ProgramRecord): ProgramRecord {
  const keys: (keyof ProgramRecord)[] = ["id", "version", ...EDITABLE_PROGRAM_FIELDS];
  return Object.fromEntries(keys.map((key) => [key, program[key]])) as ProgramRecord;
}

import type {
  BudgetStatus,
  BudgetType,
  IndicatorMeasure,
  LabourTopic,
  OrganisationKind,
  ParticipantRole,
  ProgramStatus,
  ProgramType,
  ResultLevel,
  TransactionType,
} from "@/lib/platform/db/generated/enums";
import codelists from "./codelists.json" with { type: "json" };

/**
 * How the tracker's values are written in IATI 2.03 codes, and read back. docs/iati.md states the
 * same mapping in prose; the codes come from the standard's codelists (lib/domain/iati/codelists.json,
 * copied from them by scripts/iati-reference.ts).
 */

export const IATI_VERSION = "2.03";

/** The namespace of what IATI has no element for (a program's type, agreement, provisions…). */
export const TRACKER_NS = "urn:labour-cooperation-tracker:iati:1";
export const TRACKER_PREFIX = "lct";

/** The vocabulary-uri of the tags that carry a labour topic (vocabulary 99: the reporting organisation's own). */
export const TOPIC_VOCABULARY_URI = `${TRACKER_NS}:labour-topic`;

type Codelist = keyof typeof codelists;
const CODE_SETS = new Map(Object.entries(codelists).map(([list, items]) => [list, new Map(items.map((item) => [item.code, item.name]))]));

/** Whether `code` is in the codelist `list`. */
export const inCodelist = (list: Codelist, code: string) => CODE_SETS.get(list)!.has(code);

/** The codelist's name for `code`, or the code itself. */
export const codeName = (list: Codelist, code: string) => CODE_SETS.get(list)!.get(code) ?? code;

/** Reverses a one-to-one mapping. */
function invert<K extends string, V extends string>(mapping: Record<K, V>): Partial<Record<V, K>> {
  return Object.fromEntries(Object.entries(mapping).map(([key, value]) => [value, key])) as Partial<Record<V, K>>;
}

export const ACTIVITY_STATUS: Record<ProgramStatus, string> = {
  PIPELINE: "1",
  IMPLEMENTATION: "2",
  FINALISATION: "3",
  CLOSED: "4",
  CANCELLED: "5",
  SUSPENDED: "6",
};
export const STATUS_OF_CODE = invert(ACTIVITY_STATUS);

/** ActivityDateType: planned start 1, actual start 2, planned end 3, actual end 4. */
export const ACTIVITY_DATES = [
  ["plannedStart", "1"],
  ["actualStart", "2"],
  ["plannedEnd", "3"],
  ["actualEnd", "4"],
] as const;

/** AidType (vocabulary 1). Technical cooperation, research and information sharing are all technical assistance. */
export const AID_TYPE: Record<ProgramType, string> = {
  FINANCIAL_ASSISTANCE: "C01",
  TECHNICAL_COOPERATION: "D02",
  JOINT_RESEARCH: "D02",
  INFORMATION_SHARING: "D02",
};

/** The program type an aid type suggests when a file does not say it in the tracker's terms. */
export function typeOfAidType(code: string): ProgramType | undefined {
  if (/^(A|B|C)/.test(code)) return "FINANCIAL_ASSISTANCE";
  if (/^(D|E)/.test(code)) return "TECHNICAL_COOPERATION";
  return undefined;
}

/** OrganisationRole: the four roles IATI knows. CONSULTED, MONITOR and BENEFICIARY have no code. */
export const ORGANISATION_ROLE: Partial<Record<ParticipantRole, string>> = {
  FUNDER: "1",
  ACCOUNTABLE: "2",
  PARTNER: "3",
  IMPLEMENTER: "4",
};
export const ROLE_OF_CODE = invert(ORGANISATION_ROLE as Record<ParticipantRole, string>);

/** OrganisationType for each kind of organisation. */
export const ORGANISATION_TYPE: Record<OrganisationKind, string> = {
  GOVERNMENT_MINISTRY: "10",
  WORKERS_ORGANISATION: "22",
  EMPLOYERS_ORGANISATION: "70",
  NGO: "22",
  ACADEMIC: "80",
  INTERNATIONAL_ORGANISATION: "40",
  OTHER: "90",
};

/** The kind of organisation an OrganisationType suggests, for organisations a file brings. */
export function kindOfOrganisationType(code: string | undefined): OrganisationKind {
  switch (code) {
    case "10":
    case "11":
    case "15":
      return "GOVERNMENT_MINISTRY";
    case "21":
    case "22":
    case "23":
    case "24":
    case "60":
      return "NGO";
    case "40":
      return "INTERNATIONAL_ORGANISATION";
    case "80":
      return "ACADEMIC";
    default:
      return "OTHER";
  }
}

export const TRANSACTION_TYPE: Record<TransactionType, string> = {
  INCOMING_FUNDS: "1",
  COMMITMENT: "2",
  DISBURSEMENT: "3",
  EXPENDITURE: "4",
};
export const TRANSACTION_OF_CODE = invert(TRANSACTION_TYPE);

export const BUDGET_TYPE: Record<BudgetType, string> = { ORIGINAL: "1", REVISED: "2" };
export const BUDGET_TYPE_OF_CODE = invert(BUDGET_TYPE);
export const BUDGET_STATUS: Record<BudgetStatus, string> = { INDICATIVE: "1", COMMITTED: "2" };
export const BUDGET_STATUS_OF_CODE = invert(BUDGET_STATUS);

/** ResultType: output 1, outcome 2, impact 3 (9, other, has no level). */
export const RESULT_TYPE: Record<ResultLevel, string> = { OUTPUT: "1", OUTCOME: "2", IMPACT: "3" };
export const LEVEL_OF_CODE = invert(RESULT_TYPE);

export const INDICATOR_MEASURE: Record<IndicatorMeasure, string> = { UNIT: "1", PERCENTAGE: "2", NOMINAL: "3", ORDINAL: "4", QUALITATIVE: "5" };
export const MEASURE_OF_CODE = invert(INDICATOR_MEASURE);

/**
 * The DAC 5-digit sector (vocabulary 1) of each labour topic where one fits: most rights at work are
 * 16070 Labour rights, social dialogue has its own code, informal employment belongs to employment
 * policy (16020) and migrant workers to migration (15190). OTHER has none and is written as a tag.
 */
export const TOPIC_SECTOR: Partial<Record<LabourTopic, string>> = {
  FREEDOM_OF_ASSOCIATION: "16070",
  FORCED_LABOUR: "16070",
  CHILD_LABOUR: "16070",
  NON_DISCRIMINATION: "16070",
  OCCUPATIONAL_SAFETY: "16070",
  WAGES_AND_HOURS: "16070",
  LABOUR_INSPECTION: "16070",
  INFORMAL_EMPLOYMENT: "16020",
  MIGRANT_WORKERS: "15190",
  SOCIAL_DIALOGUE: "16080",
};

/** The topic a DAC sector means when it means exactly one (16070 covers several rights, so it does not). */
export const TOPIC_OF_SECTOR: Record<string, LabourTopic> = { "16020": "INFORMAL_EMPLOYMENT", "15190": "MIGRANT_WORKERS", "16080": "SOCIAL_DIALOGUE" };

/** A document's format when it is a link to a web page. */
export const LINK_FORMAT = "text/html";

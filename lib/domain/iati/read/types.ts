import type { z } from "zod";
import type { LabourTopic, OrganisationKind, ParticipantRole, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import type { ZDocumentMeta } from "@/lib/domain/documents/schemas";
import type { ZCreateBudget, ZCreateTransaction } from "@/lib/domain/funding/schemas";
import type { ZCreateIndicator, ZCreatePeriod } from "@/lib/domain/monitoring/schemas";
import type { Translations } from "../translations";

/**
 * How serious a problem with an activity is: "critical" skips the activity, "error" drops the
 * field or element it names, "warning" keeps it and says how it was read.
 */
export type Tier = "critical" | "error" | "warning";
/** `line`: where in the file, for a problem found against the IATI schema. */
export type Problem = { tier: Tier; where: string; message: string; line?: number };

/** An organisation as a file names it; matched to one of ours, or created, when the import is resolved. */
export type FileOrganisation = { ref?: string; name: string; kind: OrganisationKind; countryCode?: string; names: Record<string, string> };

/** The fields of the program types that IATI has no element for. */
export type TypeDetail = "expertiseArea" | "researchQuestions" | "researchOutputs" | "exchangeSubject" | "exchangeBetween";

export type Texts = { text: string; translations: Record<string, string> };

export type ReadTransaction = { input: z.output<typeof ZCreateTransaction>; provider?: FileOrganisation; receiver?: FileOrganisation; translations: Translations };
export type ReadIndicator = { input: z.output<typeof ZCreateIndicator>; translations: Translations; periods: z.output<typeof ZCreatePeriod>[] };
export type ReadDocument = { input: z.output<typeof ZDocumentMeta> & { url: string }; format: string; translations: Translations };

/** One activity of a file, read into the tracker's terms, with everything found wrong with it. */
export type ReadActivity = {
  identifier: string;
  line: number;
  language: string;
  title: string;
  summary: string;
  objectives: string;
  translations: Translations;
  /** The type the tracker's extension gives; else the aid type decides, as the activity is resolved. */
  givenType?: ProgramType;
  /** The default aid type (vocabulary 1), when it is one of IATI's codes. */
  aidType?: string;
  status: ProgramStatus;
  topics: LabourTopic[];
  /** True when the topics are the tracker's own (its extension names them), not only read from sectors. */
  trackerTopics: boolean;
  /** The names of the activity's DAC sectors, the area of expertise when nothing else gives one. */
  sectorNames: string[];
  beneficiaryCountries: string[];
  dates: Partial<Record<"plannedStart" | "actualStart" | "plannedEnd" | "actualEnd", string>>;
  currencyCode: string;
  /** From the tracker's own extension, when the file was written by a tracker. */
  agreement?: string;
  leadInstitution?: string;
  provisions: { article: string; topic: string }[];
  /** The type's details and the amount of assistance, as the tracker's extension gives them. */
  details: Partial<Record<TypeDetail, string>>;
  fundingAmount?: string;
  funder?: FileOrganisation;
  /** The organisation that publishes the activity (reporting-org). */
  reporter?: FileOrganisation;
  participants: { role: ParticipantRole; organisation: FileOrganisation }[];
  /**
   * True when the activity carries the tracker's extension: it then says what IATI has no place for
   * (civil-society participants, provisions, lead institution), so an update may replace those.
   */
  fromTracker: boolean;
  /** True when the source names no participant at all and an update keeps the program's (a spreadsheet without participant rows for it). */
  keepsParticipants?: boolean;
  /** "spreadsheet" for a program read from the spreadsheet import, which has a column for every field: nothing missing is made up. */
  source?: "spreadsheet";
  budgets: z.output<typeof ZCreateBudget>[];
  transactions: ReadTransaction[];
  indicators: ReadIndicator[];
  documents: ReadDocument[];
  problems: Problem[];
};

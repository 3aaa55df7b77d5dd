import { z } from "zod";
import { LabourTopic, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { checkTranslationLanguages, ZProgramLanguage, ZProgramTranslations } from "@/lib/domain/programs/program-translations";
import { whenValid, ZDay, ZId, ZOptionalText, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";

/** An amount of money as a decimal string with at most 16 digits before the point and 4 after. */
export const ZAmount = z
  .union([z.string(), z.number()], { error: "Enter an amount such as 250000 or 1250.50." })
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(/^\d{1,16}(\.\d{1,4})?$/, "Enter an amount such as 250000 or 1250.50: digits, at most 4 after the point."));

/** An IATI activity identifier: the reporting organisation's identifier, a hyphen, a local code. */
export const IATI_ACTIVITY_IDENTIFIER = /^[A-Za-z0-9]+-[A-Za-z0-9][A-Za-z0-9._-]*$/;

const common = {
  agreementId: ZId("Choose the agreement the program belongs to."),
  leadInstitutionId: ZId("Choose a lead institution of this agreement.").optional(),
  identifier: z
    .string({ error: "Enter the program's identifier." })
    .trim()
    .min(1, "Enter the program's identifier.")
    .max(150, "An identifier has at most 150 characters.")
    .regex(IATI_ACTIVITY_IDENTIFIER, "Use an IATI-style identifier: the reporting organisation's identifier, a hyphen, a local code (US-GOV-1-LAB-2026-01)."),
  title: z.string({ error: "Enter a title." }).trim().min(3, "The title needs at least 3 characters.").max(300, "Keep the title under 300 characters."),
  summary: z.string({ error: "The summary is text." }).trim().max(5000, "Keep the summary under 5,000 characters.").default(""),
  objectives: z.string({ error: "The objectives are text." }).trim().max(5000, "Keep the objectives under 5,000 characters.").default(""),
  language: ZProgramLanguage.default("en"),
  translations: ZProgramTranslations.default({}),
  status: z.enum(ProgramStatus, { error: "Choose a status from the list." }).default("PIPELINE"),
  topics: z
    .array(z.enum(LabourTopic, { error: "Choose topics from the list." }), { error: "Choose topics from the list." })
    .refine((topics) => new Set(topics).size === topics.length, "Each topic may be chosen once.")
    .default([]),
  beneficiaryCountries: z
    .array(z.string({ error: "Use two-letter country codes such as MX." }).trim().toUpperCase().regex(/^[A-Z]{2}$/, "Use two-letter country codes such as MX."), {
      error: "List beneficiary countries as two-letter codes.",
    })
    .max(250, "List at most 250 beneficiary countries.")
    .refine((codes) => new Set(codes).size === codes.length, "Each beneficiary country may be listed once.")
    .default([]),
  provisionIds: z
    .array(ZId("Choose provisions of this agreement."), { error: "List provisions by id." })
    .max(200, "Link at most 200 provisions.")
    .refine((ids) => new Set(ids).size === ids.length, "Each provision may be linked once.")
    .default([]),
  plannedStart: ZDay,
  plannedEnd: ZDay,
  actualStart: ZDay,
  actualEnd: ZDay,
  currencyCode: z
    .string({ error: "Choose the program's currency." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 currency code such as USD."),
  visibility: z.enum(["DRAFT", "PUBLISHED"], { error: "Visibility is DRAFT or PUBLISHED." }).default("DRAFT"),
};

const TYPE_MESSAGE = "Choose the program's type: FINANCIAL_ASSISTANCE, TECHNICAL_COOPERATION, JOINT_RESEARCH or INFORMATION_SHARING.";

/** The details each type of program needs, keyed by the type. */
const typeDetails = {
  FINANCIAL_ASSISTANCE: { funderId: ZId("Choose the funding organisation."), fundingAmount: ZAmount },
  TECHNICAL_COOPERATION: { expertiseArea: ZText("Field.expertiseArea", 500) },
  JOINT_RESEARCH: { researchQuestions: ZText("Field.researchQuestions", 5000), researchOutputs: ZText("Field.researchOutputs", 5000) },
  INFORMATION_SHARING: { exchangeSubject: ZText("Field.exchangeSubject", 1000), exchangeBetween: ZText("Field.exchangeParties", 1000) },
} as const;

/** Every column that holds a detail of one type only. */
export const TYPE_DETAIL_FIELDS = Object.values(typeDetails).flatMap((shape) => Object.keys(shape)) as (
  | "funderId"
  | "fundingAmount"
  | "expertiseArea"
  | "researchQuestions"
  | "researchOutputs"
  | "exchangeSubject"
  | "exchangeBetween"
)[];

function checkDates(program: { plannedStart?: Date; plannedEnd?: Date; actualStart?: Date; actualEnd?: Date }, ctx: z.RefinementCtx) {
  if (program.plannedStart && program.plannedEnd && program.plannedEnd < program.plannedStart) {
    ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: "The planned end cannot be before the planned start." });
  }
  if (program.actualEnd && !program.actualStart) {
    ctx.addIssue({ code: "custom", path: ["actualStart"], message: "Enter the actual start when there is an actual end." });
  }
  if (program.actualStart && program.actualEnd && program.actualEnd < program.actualStart) {
    ctx.addIssue({ code: "custom", path: ["actualEnd"], message: "The actual end cannot be before the actual start." });
  }
}

/**
 * A program as a whole. The type decides which details it needs: financial assistance its funder
 * and amount, joint research its questions and outputs, information sharing what is exchanged and
 * between whom, technical cooperation its area of expertise. The details of other types are ignored.
 */
export const ZCreateProgram = z
  .discriminatedUnion(
    "type",
    [
      z.object({ ...common, type: z.literal("FINANCIAL_ASSISTANCE"), ...typeDetails.FINANCIAL_ASSISTANCE }),
      z.object({ ...common, type: z.literal("TECHNICAL_COOPERATION"), ...typeDetails.TECHNICAL_COOPERATION }),
      z.object({ ...common, type: z.literal("JOINT_RESEARCH"), ...typeDetails.JOINT_RESEARCH }),
      z.object({ ...common, type: z.literal("INFORMATION_SHARING"), ...typeDetails.INFORMATION_SHARING }),
    ],
    { error: TYPE_MESSAGE },
  )
  // "type" too: when it is wrong, no branch parsed the dates.
  .superRefine(checkDates, whenValid("type", "plannedStart", "plannedEnd", "actualStart", "actualEnd"))
  .superRefine(checkTranslationLanguages, whenValid("type", "language", "translations"));
export type TCreateProgram = z.infer<typeof ZCreateProgram>;

/**
 * What an edit sends besides the program itself: the version it started from and, when the status
 * changes, why (required to reopen a closed or cancelled program).
 */
export const ZProgramEdit = z.object({
  version: ZVersion,
  statusReason: ZOptionalText("Field.statusChangeReason", 2000),
});

const REPORTER_MESSAGE = "Choose the organisation that reports the program: the ministry that registers and keeps it up to date.";

/**
 * Who reports a new program (IATI reporting-org). A ministry always reports the programs it
 * registers; an administrator names the reporting organisation.
 */
export const ZProgramReporter = z.object({ reportingOrganisationId: ZId(REPORTER_MESSAGE).optional() });

/** An administrator moves a program to another reporting organisation, from the version they saw. */
export const ZAssignReporter = z.object({
  reportingOrganisationId: ZId(REPORTER_MESSAGE),
  version: ZVersion,
  reason: ZOptionalText("Field.changeReason", 2000),
});
export type TAssignReporter = z.infer<typeof ZAssignReporter>;

/** An edit through the API: any of the program's fields, with the version it started from. */
export const ZProgramPatch = z
  .object({
    version: z.unknown().optional(),
    reportingOrganisationId: z
      .undefined({ error: "An edit does not change the reporting organisation: an administrator moves a program with POST /api/v1/programs/{id}/reporting-organisation." })
      .optional(),
    statusReason: z.unknown().optional(),
    type: z.enum(ProgramType, { error: TYPE_MESSAGE }).optional(),
    ...Object.fromEntries(Object.keys(common).map((key) => [key, z.unknown().optional()])),
    ...Object.fromEntries(TYPE_DETAIL_FIELDS.map((key) => [key, z.unknown().optional()])),
  })
  .strict();

// ───────────────────────────── Listing ─────────────────────────────

/** "" in a query string means the filter is not set. */
const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** The monitoring problems a program can have (lib/domain/monitoring/program-health.ts computes them). */
export const HEALTH_FLAGS = ["fundedWithoutIndicators", "indicatorsWithoutBaseline", "overdueReports", "disbursedOverCommitted", "expenditureWithoutDisbursement"] as const;
export type HealthFlag = (typeof HEALTH_FLAGS)[number];
/** A health flag, or "moneyWithoutMonitoring": funded, and without indicators, baselines or current reports. */
export const HEALTH_FILTERS = ["moneyWithoutMonitoring", ...HEALTH_FLAGS] as const;
export type HealthFilter = (typeof HEALTH_FILTERS)[number];

export const PROGRAM_SORTS = ["updated", "title", "start", "identifier", "relevance"] as const;

/** The program list's filters, as the page's query string and the API take them. */
export const ZProgramFilter = z.object({
  q: unsetIfBlank(z.string().trim().max(200, "Search for at most 200 characters.")),
  agreement: unsetIfBlank(ZId("Choose an agreement from the list.")),
  type: unsetIfBlank(z.enum(ProgramType, { error: "Choose a program type from the list." })),
  status: unsetIfBlank(z.enum(ProgramStatus, { error: "Choose a status from the list." })),
  country: unsetIfBlank(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose a country from the list.")),
  topic: unsetIfBlank(z.enum(LabourTopic, { error: "Choose a topic from the list." })),
  organisation: unsetIfBlank(ZId("Choose an organisation from the list.")),
  year: unsetIfBlank(ZWholeNumber("Enter a year such as 2024.", z.number().min(1950, "Enter a year from 1950 on.").max(2100, "Enter a year up to 2100."))),
  visibility: unsetIfBlank(z.enum(["DRAFT", "PUBLISHED"], { error: "Visibility is DRAFT or PUBLISHED." })),
  health: unsetIfBlank(z.enum(HEALTH_FILTERS, { error: `Choose a monitoring problem: ${HEALTH_FILTERS.join(", ")}.` })),
  sort: z.preprocess((value) => (value === "" ? undefined : value), z.enum(PROGRAM_SORTS, { error: `Sort by one of: ${PROGRAM_SORTS.join(", ")}.` }).default("updated")),
});
export type TProgramFilter = z.infer<typeof ZProgramFilter>;

import { z } from "zod";
import { LabourTopic, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { isLifecycleMove, STARTED_STATUSES } from "@/lib/domain/programs/program-lifecycle";
import { checkTranslationLanguages, ZProgramLanguage, ZProgramTranslations } from "@/lib/domain/programs/program-translations";
import { whenValid, ZDay, ZId, ZOptionalText, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

/** An amount of money as a decimal string with at most 16 digits before the point and 4 after. */
export const ZAmount = z
  .union([z.string(), z.number()], { error: problem("ChoiceProblems.amountSuchAs") })
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(/^\d{1,16}(\.\d{1,4})?$/, problem("ChoiceProblems.amountDigits")));

/** An IATI activity identifier: the reporting organisation's identifier, a hyphen, a local code. */
export const IATI_ACTIVITY_IDENTIFIER = /^[A-Za-z0-9]+-[A-Za-z0-9][A-Za-z0-9._-]*$/;

const common = {
  agreementId: ZId(problem("ProgramProblems.agreementOfProgram")),
  leadInstitutionId: ZId(problem("ProgramProblems.leadInstitutionChoice")).optional(),
  identifier: z
    .string({ error: problem("ProgramProblems.identifier") })
    .trim()
    .min(1, problem("ProgramProblems.identifier"))
    .max(150, problem("ProgramProblems.identifierMax"))
    .regex(IATI_ACTIVITY_IDENTIFIER, problem("ProgramProblems.identifierIati")),
  title: z.string({ error: problem("ProgramProblems.title") }).trim().min(3, problem("ProgramProblems.titleMin")).max(300, problem("ProgramProblems.titleMax")),
  summary: z.string({ error: problem("ChoiceProblems.summaryText") }).trim().max(5000, problem("ChoiceProblems.summaryMax", { max: 5000 })).default(""),
  objectives: z.string({ error: problem("ProgramProblems.objectivesText") }).trim().max(5000, problem("ProgramProblems.objectivesMax")).default(""),
  language: ZProgramLanguage.default("en"),
  translations: ZProgramTranslations.default({}),
  status: z.enum(ProgramStatus, { error: problem("ProgramProblems.statusFromList") }).default("PIPELINE"),
  topics: z
    .array(z.enum(LabourTopic, { error: problem("ProgramProblems.topicsFromList") }), { error: problem("ProgramProblems.topicsFromList") })
    .refine((topics) => new Set(topics).size === topics.length, problem("ProgramProblems.topicOnce"))
    .default([]),
  beneficiaryCountries: z
    .array(z.string({ error: problem("ProgramProblems.countryCodes") }).trim().toUpperCase().regex(/^[A-Z]{2}$/, problem("ProgramProblems.countryCodes")), {
      error: problem("ProgramProblems.countriesList"),
    })
    .max(250, problem("ProgramProblems.countriesMax"))
    .refine((codes) => new Set(codes).size === codes.length, problem("ProgramProblems.countryOnce"))
    .default([]),
  provisionIds: z
    .array(ZId(problem("ChoiceProblems.provisionsOfAgreement")), { error: problem("ProgramProblems.provisionsById") })
    .max(200, problem("ChoiceProblems.provisionsMax"))
    .refine((ids) => new Set(ids).size === ids.length, problem("ChoiceProblems.provisionOnce"))
    .default([]),
  plannedStart: ZDay,
  plannedEnd: ZDay,
  actualStart: ZDay,
  actualEnd: ZDay,
  currencyCode: z
    .string({ error: problem("ProgramProblems.currency") })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, problem("ChoiceProblems.currencyCode")),
  visibility: z.enum(["DRAFT", "PUBLISHED"], { error: problem("ProgramProblems.visibility") }).default("DRAFT"),
};

const TYPE_MESSAGE = problem("ProgramProblems.type");

/** The details each type of program needs, keyed by the type. */
const typeDetails = {
  FINANCIAL_ASSISTANCE: { funderId: ZId(problem("ProgramProblems.funder")), fundingAmount: ZAmount },
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
    ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: problem("ProgramProblems.plannedEndBeforeStart") });
  }
  if (program.actualEnd && !program.actualStart) {
    ctx.addIssue({ code: "custom", path: ["actualStart"], message: problem("ProgramProblems.actualStartWithEnd") });
  }
  if (program.actualStart && program.actualEnd && program.actualEnd < program.actualStart) {
    ctx.addIssue({ code: "custom", path: ["actualEnd"], message: problem("ProgramProblems.actualEndBeforeStart") });
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

/** A program that has started has an actual start date; a closed one also its actual end. */
function checkStartedDates(program: { status: ProgramStatus; actualStart?: Date; actualEnd?: Date }, ctx: z.RefinementCtx) {
  if (STARTED_STATUSES.includes(program.status) && !program.actualStart) {
    ctx.addIssue({ code: "custom", path: ["actualStart"], message: problem("ProgramProblems.actualStartNeeded") });
  }
  if (program.status === "CLOSED" && !program.actualEnd) {
    ctx.addIssue({ code: "custom", path: ["actualEnd"], message: problem("ProgramProblems.actualEndNeeded") });
  }
}

/**
 * ZCreateProgram with the dates its status needs. They are asked for when the status is set, so
 * an edit (`from`: the program's status before it) of an older record that lacks them is not
 * blocked. Checked here, with the other rules, so that a form hears of every problem at once. A
 * move the lifecycle does not allow asks for no dates: it is refused for itself (program-rules.ts).
 */
export const programSchema = (from?: ProgramStatus) =>
  ZCreateProgram.superRefine((program, ctx) => {
    if (program.status !== from && (!from || isLifecycleMove(from, program.status))) checkStartedDates(program, ctx);
  }, whenValid("type", "status", "actualStart", "actualEnd"));

/**
 * What an edit sends besides the program itself: the version it started from and, when the status
 * changes, why (required to reopen a closed or cancelled program).
 */
export const ZProgramEdit = z.object({
  version: ZVersion,
  statusReason: ZOptionalText("Field.statusChangeReason", 2000),
});

const REPORTER_MESSAGE = problem("ProgramProblems.noOwnMinistry");

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
      .undefined({ error: problem("ProgramProblems.reporterUnchanged") })
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
  q: unsetIfBlank(z.string().trim().max(200, problem("ChoiceProblems.searchMax"))),
  agreement: unsetIfBlank(ZId(problem("ChoiceProblems.agreementFromList"))),
  type: unsetIfBlank(z.enum(ProgramType, { error: problem("ProgramProblems.typeFromList") })),
  status: unsetIfBlank(z.enum(ProgramStatus, { error: problem("ProgramProblems.statusFromList") })),
  country: unsetIfBlank(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, problem("Validation.country"))),
  topic: unsetIfBlank(z.enum(LabourTopic, { error: problem("ProgramProblems.topicFromList") })),
  organisation: unsetIfBlank(ZId(problem("ChoiceProblems.organisationFromList"))),
  year: unsetIfBlank(ZWholeNumber(problem("ChoiceProblems.yearSuchAs"), z.number().min(1950, problem("ChoiceProblems.yearFrom")).max(2100, problem("ChoiceProblems.yearUpTo")))),
  visibility: unsetIfBlank(z.enum(["DRAFT", "PUBLISHED"], { error: problem("ProgramProblems.visibility") })),
  health: unsetIfBlank(z.enum(HEALTH_FILTERS, { error: problem("ProgramProblems.healthFilter", { flags: HEALTH_FILTERS.join(", ") }) })),
  sort: z.preprocess((value) => (value === "" ? undefined : value), z.enum(PROGRAM_SORTS, { error: problem("ChoiceProblems.sortBy", { sorts: PROGRAM_SORTS.join(", ") }) }).default("updated")),
});
export type TProgramFilter = z.infer<typeof ZProgramFilter>;

import { z } from "zod";
import { LabourTopic, SubmissionHearingKind, SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { checkTranslationLanguages, ZLanguage, ZTranslations } from "@/lib/platform/i18n/record-translations";
import { problem } from "@/lib/platform/i18n/problem";
import { whenValid, ZCheckbox, ZCountryCode, ZId, ZOptionalText, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";

// Public submissions: what their submitters write, the contact point's moves, and the docket's
// filters. Shared by the forms, their server actions and the API. Whether the agreement, the
// parties, the contact point and the provisions fit together is checked by the service.

const ids = (each: string, list: string, max: number) =>
  z
    .array(ZId(each), { error: list })
    .max(max, list)
    .refine((values) => new Set(values).size === values.length, list)
    .default([]);

const submissionFields = {
  agreementId: ZId(problem("SubmissionProblems.agreement")),
  concernsCountryCode: z.preprocess((value) => (value === "" ? undefined : value), ZCountryCode),
  contactPointId: ZId(problem("SubmissionProblems.contactPoint")),
  title: ZText("SubmissionField.title", 300),
  summary: ZText("SubmissionField.summary", 5000),
  facts: ZOptionalText("SubmissionField.facts", 50_000).transform((value) => value ?? ""),
  request: ZOptionalText("SubmissionField.request", 10_000).transform((value) => value ?? ""),
  topics: z
    .array(z.enum(LabourTopic, { error: problem("SubmissionProblems.topics") }), { error: problem("SubmissionProblems.topics") })
    .refine((topics) => new Set(topics).size === topics.length, problem("SubmissionProblems.topics"))
    .default([]),
  provisionIds: ids(problem("ChoiceProblems.provisionsOfAgreement"), problem("SubmissionProblems.provisions"), 200),
  /** The submitting organisation's name is kept from the public. */
  identityWithheld: ZCheckbox,
  /** Other organisations submitting with it, each of which may ask that its name be withheld. */
  coSubmitters: z
    .array(z.object({ organisationId: ZId(problem("SubmissionProblems.coSubmitters")), identityWithheld: ZCheckbox }), { error: problem("SubmissionProblems.coSubmitters") })
    .max(50, problem("SubmissionProblems.coSubmitters"))
    .refine((list) => new Set(list.map((entry) => entry.organisationId)).size === list.length, problem("SubmissionProblems.coSubmitterOnce"))
    .default([]),
  /** The language the title and summary are written in. */
  language: ZLanguage.optional(),
  translations: ZTranslations({ title: { field: "SubmissionField.title", max: 300 }, summary: { field: "SubmissionField.summary", max: 5000 } }),
};

const LANGUAGES_CHECKED = whenValid("language", "translations");

export const ZCreateSubmission = z.object(submissionFields).superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);
export type TCreateSubmission = z.infer<typeof ZCreateSubmission>;

/** Every field again, with the `version` the edit started from; only a draft is edited. */
export const ZUpdateSubmission = z.object({ version: ZVersion, ...submissionFields }).superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);

/** The moves that carry nothing but the version: file, acknowledge, accept, begin the review, close. */
export const PLAIN_MOVES = ["FILED", "ACKNOWLEDGED", "ACCEPTED", "UNDER_REVIEW", "CLOSED"] as const satisfies readonly SubmissionStatus[];

/** A move along the workflow. Declining needs its reasons; reporting, its findings and recommendations. */
export const ZSubmissionMove = z.discriminatedUnion(
  "to",
  [
    z.object({ version: ZVersion, to: z.enum(PLAIN_MOVES), note: ZOptionalText("SubmissionField.note", 5000) }),
    z.object({ version: ZVersion, to: z.literal("DECLINED"), reason: ZText("SubmissionField.reason", 10_000) }),
    z.object({
      version: ZVersion,
      to: z.literal("REPORTED"),
      findings: ZText("SubmissionField.findings", 50_000),
      recommendations: z
        .array(ZText("SubmissionField.recommendation", 5000), { error: problem("SubmissionProblems.recommendations") })
        .max(100, problem("SubmissionProblems.recommendations"))
        .default([]),
    }),
  ],
  { error: problem("SubmissionProblems.moveTo") },
);
export type TSubmissionMove = z.infer<typeof ZSubmissionMove>;

/** A consultation or a hearing: a meeting of one of the agreement's institutions. */
export const ZSubmissionHearing = z.object({
  meetingId: ZId(problem("SubmissionProblems.meeting")),
  kind: z.enum(SubmissionHearingKind, { error: problem("SubmissionProblems.hearingKind") }),
});

/** A plan or a program that follows one of the report's recommendations: exactly one of the two. */
export const ZSubmissionFollowUp = z
  .object({
    recommendationId: ZId(problem("SubmissionProblems.recommendation")),
    planId: z.preprocess((value) => (value === "" || value === null ? undefined : value), ZId(problem("SubmissionProblems.followUp")).optional()),
    programId: z.preprocess((value) => (value === "" || value === null ? undefined : value), ZId(problem("SubmissionProblems.followUp")).optional()),
  })
  .refine((input) => Boolean(input.planId) !== Boolean(input.programId), { path: ["planId"], message: problem("SubmissionProblems.followUp") });
export type TSubmissionFollowUp = z.infer<typeof ZSubmissionFollowUp>;

const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** Where a filed submission stands against its deadlines. */
export const SUBMISSION_DEADLINE_FILTERS = ["overdue"] as const;

export const SUBMISSION_SORTS = ["-filed", "filed", "title", "-title"] as const;

/** The docket's filters, as the page's query string and the API take them. */
export const ZSubmissionFilter = z.object({
  q: unsetIfBlank(z.string().trim().max(200, problem("ChoiceProblems.searchMax"))),
  agreement: unsetIfBlank(ZId(problem("ChoiceProblems.agreementFromList"))),
  concerns: unsetIfBlank(ZCountryCode),
  contactPoint: unsetIfBlank(ZId(problem("SubmissionProblems.contactPointFromList"))),
  topic: unsetIfBlank(z.enum(LabourTopic, { error: problem("SubmissionProblems.topics") })),
  status: unsetIfBlank(z.enum(SubmissionStatus, { error: problem("SubmissionProblems.statusFromList") })),
  year: unsetIfBlank(
    ZWholeNumber(problem("ChoiceProblems.yearSuchAs"), z.number().min(1950, problem("ChoiceProblems.yearFrom")).max(2100, problem("ChoiceProblems.yearUpTo"))),
  ),
  deadline: unsetIfBlank(z.enum(SUBMISSION_DEADLINE_FILTERS, { error: problem("SubmissionProblems.deadlineFilter") })),
  sort: z.preprocess((value) => (value === "" ? undefined : value), z.enum(SUBMISSION_SORTS, { error: problem("ChoiceProblems.sortBy", { sorts: SUBMISSION_SORTS.join(", ") }) }).default("-filed")),
});
export type TSubmissionFilter = z.infer<typeof ZSubmissionFilter>;

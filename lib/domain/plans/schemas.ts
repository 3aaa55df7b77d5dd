import { z } from "zod";
import { MeasureStatus, PlanKind, PlanOrigin, PlanStatus } from "@/lib/platform/db/generated/enums";
import { checkTranslationLanguages, ZLanguage, ZTranslations } from "@/lib/platform/i18n/record-translations";
import { problem } from "@/lib/platform/i18n/problem";
import { whenValid, ZCountryCode, ZId, ZOptionalText, ZRequiredDay, ZText, ZVersion } from "@/lib/platform/validation";

// Action and remediation plans, their measures and their review.

const ZPlanFields = z.object({
  kind: z.enum(PlanKind, { error: problem("PlanProblems.kind") }),
  title: ZText("Field.title", 300),
  agreementId: ZId(problem("PlanProblems.agreement")),
  countryCode: ZCountryCode,
  programId: ZOptionalText("Field.program", 100),
  origin: z.enum(PlanOrigin, { error: problem("PlanProblems.origin") }),
  originDetail: ZOptionalText("Field.originDetails", 5000),
  ownerOrganisationId: ZId(problem("PlanProblems.owner")),
  objectives: ZOptionalText("Field.objectives", 10000),
  /** The language the title and objectives are written in. */
  language: ZLanguage.optional(),
  translations: ZTranslations({ title: { field: "Field.title", max: 300 }, objectives: { field: "Field.objectives", max: 10000 } }),
});

const LANGUAGES_CHECKED = whenValid("language", "translations");

export const ZCreatePlan = ZPlanFields.superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);
export type TCreatePlan = z.infer<typeof ZCreatePlan>;
export const ZUpdatePlan = ZPlanFields.extend({ version: ZVersion }).superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);

const ZMeasureFields = z.object({
  title: ZText("Field.measure", 500),
  description: ZOptionalText("Field.description", 5000),
  responsibleOrganisationId: ZId(problem("PlanProblems.responsible")),
  dueDate: ZRequiredDay(problem("PlanProblems.dueDate")),
  decisionId: ZOptionalText("Field.meetingDecision", 100),
  /** The language the title is written in. */
  language: ZLanguage.optional(),
  translations: ZTranslations({ title: { field: "Field.measure", max: 500 } }),
});

export const ZCreateMeasure = ZMeasureFields.superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);
export type TCreateMeasure = z.infer<typeof ZCreateMeasure>;
export const ZUpdateMeasure = ZMeasureFields.extend({ version: ZVersion }).superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);

/** What happened to a measure, reported while the plan is carried out. */
export const ZMeasureProgress = z.object({
  version: ZVersion,
  status: z.enum(MeasureStatus, { error: problem("PlanProblems.measureStatus") }),
});

/** A move along the workflow that is not a review decision: submit, start review, start, complete, close. */
export const ZPlanTransition = z.object({
  version: ZVersion,
  to: z.enum(PlanStatus, { error: problem("PlanProblems.moveTo") }),
  comment: ZOptionalText("Field.comment", 5000),
});
export type TPlanTransition = z.infer<typeof ZPlanTransition>;

/** An analyst's review: approve, request changes, or only comment; a comment is always required. */
export const ZPlanReview = z.object({
  version: ZVersion,
  decision: z.enum(["APPROVE", "REQUEST_CHANGES", "COMMENT"], { error: problem("PlanProblems.decision") }),
  comment: ZText("Field.reviewComment", 5000),
});
export type TPlanReview = z.infer<typeof ZPlanReview>;

/** The orders the plan list offers, named as the agreements list names its own: a leading "-" is descending. */
export const PLAN_SORTS = ["-updated", "updated", "title", "-title", "submitted", "-submitted"] as const;

const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ZPlanFilter = z.object({
  q: unsetIfBlank(z.string().trim().max(200, problem("ChoiceProblems.searchTooLong"))),
  status: unsetIfBlank(z.enum(PlanStatus, { error: problem("PlanProblems.statusFromList") })),
  kind: unsetIfBlank(z.enum(PlanKind, { error: problem("PlanProblems.kindFilter") })),
  agreement: unsetIfBlank(ZId(problem("ChoiceProblems.agreementFromList"))),
  country: unsetIfBlank(ZCountryCode),
  /** "review": the plans waiting for an analyst (submitted or under review). */
  awaiting: unsetIfBlank(z.enum(["review"], { error: problem("PlanProblems.awaiting") })),
  /** Default: latest changed first; plans awaiting review, longest waiting first. */
  sort: unsetIfBlank(z.enum(PLAN_SORTS, { error: problem("ChoiceProblems.sortBy", { sorts: PLAN_SORTS.join(", ") }) })),
});
export type TPlanFilter = z.infer<typeof ZPlanFilter>;

import { z } from "zod";
import { MeasureStatus, PlanKind, PlanOrigin, PlanStatus } from "@/lib/platform/db/generated/enums";
import { ZCountryCode, ZId, ZOptionalText, ZRequiredDay, ZText, ZVersion } from "@/lib/platform/validation";

// Action and remediation plans, their measures and their review.

const ZPlanFields = z.object({
  kind: z.enum(PlanKind, { error: "Choose the kind of plan: ACTION or REMEDIATION." }),
  title: ZText("Field.title", 300),
  agreementId: ZId("Choose the agreement the plan is under."),
  countryCode: ZCountryCode,
  programId: ZOptionalText("Field.program", 100),
  origin: z.enum(PlanOrigin, { error: "Choose where the plan comes from: REVIEW_FINDING, COUNCIL_DECISION, PUBLIC_SUBMISSION or OTHER." }),
  originDetail: ZOptionalText("Field.originDetails", 5000),
  ownerOrganisationId: ZId("Choose the organisation that owns the plan."),
  objectives: ZOptionalText("Field.objectives", 10000),
});

export const ZCreatePlan = ZPlanFields;
export type TCreatePlan = z.infer<typeof ZCreatePlan>;
export const ZUpdatePlan = ZPlanFields.extend({ version: ZVersion });

const ZMeasureFields = z.object({
  title: ZText("Field.measure", 500),
  description: ZOptionalText("Field.description", 5000),
  responsibleOrganisationId: ZId("Choose the organisation responsible for the measure."),
  dueDate: ZRequiredDay("Enter the due date, as YYYY-MM-DD."),
  decisionId: ZOptionalText("Field.meetingDecision", 100),
});

export const ZCreateMeasure = ZMeasureFields;
export type TCreateMeasure = z.infer<typeof ZCreateMeasure>;
export const ZUpdateMeasure = ZMeasureFields.extend({ version: ZVersion });

/** What happened to a measure, reported while the plan is carried out. */
export const ZMeasureProgress = z.object({
  version: ZVersion,
  status: z.enum(MeasureStatus, { error: "Choose the measure's status: SCHEDULED, MET, PARTIALLY_MET or NOT_MET." }),
});

/** A move along the workflow that is not a review decision: submit, start review, start, complete, close. */
export const ZPlanTransition = z.object({
  version: ZVersion,
  to: z.enum(PlanStatus, { error: "Choose the status to move the plan to." }),
  comment: ZOptionalText("Field.comment", 5000),
});
export type TPlanTransition = z.infer<typeof ZPlanTransition>;

/** An analyst's review: approve, request changes, or only comment; a comment is always required. */
export const ZPlanReview = z.object({
  version: ZVersion,
  decision: z.enum(["APPROVE", "REQUEST_CHANGES", "COMMENT"], { error: "Choose a decision: APPROVE, REQUEST_CHANGES or COMMENT." }),
  comment: ZText("Field.reviewComment", 5000),
});
export type TPlanReview = z.infer<typeof ZPlanReview>;

/** The orders the plan list offers, named as the agreements list names its own: a leading "-" is descending. */
export const PLAN_SORTS = ["-updated", "updated", "title", "-title", "submitted", "-submitted"] as const;

const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ZPlanFilter = z.object({
  q: unsetIfBlank(z.string().trim().max(200, "Keep the search under 200 characters.")),
  status: unsetIfBlank(z.enum(PlanStatus, { error: "Choose a plan status from the list." })),
  kind: unsetIfBlank(z.enum(PlanKind, { error: "Choose ACTION or REMEDIATION." })),
  agreement: unsetIfBlank(ZId("Choose an agreement from the list.")),
  country: unsetIfBlank(ZCountryCode),
  /** "review": the plans waiting for an analyst (submitted or under review). */
  awaiting: unsetIfBlank(z.enum(["review"], { error: "awaiting can only be review." })),
  /** Default: latest changed first; plans awaiting review, longest waiting first. */
  sort: unsetIfBlank(z.enum(PLAN_SORTS, { error: `Sort by one of: ${PLAN_SORTS.join(", ")}.` })),
});
export type TPlanFilter = z.infer<typeof ZPlanFilter>;

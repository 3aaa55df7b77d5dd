import type { PlanStatus } from "@/lib/platform/db/generated/enums";

/** Whom the plan page speaks to about the next step: an analyst (or administrator) who reviews, or the plan's own ministry. */
export type PlanReader = { reviewer: boolean; ministry: boolean };

/** The explanations the plan page can give, each a message of "PlanSteps" (messages/<locale>/publishing.json). */
export type PlanStepNote =
  | "reviewerWaitDraft"
  | "reviewerTakeUp"
  | "reviewerDecide"
  | "reviewerFollow"
  | "reviewerClose"
  | "ministrySubmit"
  | "ministryWaitReview"
  | "ministryRevise"
  | "ministryStart"
  | "ministryReport"
  | "ministryWaitClose";

const REVIEWER: Partial<Record<PlanStatus, PlanStepNote>> = {
  DRAFT: "reviewerWaitDraft",
  CHANGES_REQUESTED: "reviewerWaitDraft",
  SUBMITTED: "reviewerTakeUp",
  UNDER_REVIEW: "reviewerDecide",
  APPROVED: "reviewerFollow",
  IN_PROGRESS: "reviewerFollow",
  COMPLETED: "reviewerClose",
};

const MINISTRY: Partial<Record<PlanStatus, PlanStepNote>> = {
  DRAFT: "ministrySubmit",
  CHANGES_REQUESTED: "ministryRevise",
  SUBMITTED: "ministryWaitReview",
  UNDER_REVIEW: "ministryWaitReview",
  APPROVED: "ministryStart",
  IN_PROGRESS: "ministryReport",
  COMPLETED: "ministryWaitClose",
};

/**
 * What the reader can do next with a plan in `status`, and why a step they may expect is not
 * offered yet (plan-workflow.ts): above all, that an analyst approves or asks for changes only
 * once the plan is taken up for review. Null when the reader has no part in the plan's workflow,
 * or the plan is closed.
 */
export function planNextStep(status: PlanStatus, reader: PlanReader): PlanStepNote | null {
  if (reader.reviewer) return REVIEWER[status] ?? null;
  if (reader.ministry) return MINISTRY[status] ?? null;
  return null;
}

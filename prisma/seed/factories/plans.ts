import type { Prisma } from "@/lib/platform/db/generated/client";
import type { PlanKind, PlanOrigin, ReviewDecision } from "@/lib/platform/db/generated/enums";
import { factories, row, unique } from "./row";

type PlanGiven = Partial<Prisma.PlanCreateManyInput> & Pick<Prisma.PlanCreateManyInput, "agreementId" | "countryCode" | "ownerOrganisationId">;

/** A plan row; without more, a draft action plan of other origin. */
export function planRow<Given extends PlanGiven>(given: Given) {
  return row({ kind: "ACTION" as PlanKind, title: given.title ?? `Plan ${unique()}`, origin: "OTHER" as PlanOrigin }, given);
}

export const { one: createPlan, many: createPlans } = factories((db) => db.plan, planRow<PlanGiven>);

type MeasureGiven = Partial<Prisma.MeasureCreateManyInput> & Pick<Prisma.MeasureCreateManyInput, "planId" | "responsibleOrganisationId">;

/** A measure row; without more, scheduled and due at the end of 2027. */
export function measureRow<Given extends MeasureGiven>(given: Given) {
  return row({ title: given.title ?? `Measure ${unique()}`, dueDate: new Date("2027-12-31") }, given);
}

export const { one: createMeasure, many: createMeasures } = factories((db) => db.measure, measureRow<MeasureGiven>);

type ReviewGiven = Partial<Prisma.ReviewCreateManyInput> & Pick<Prisma.ReviewCreateManyInput, "planId" | "analystId">;

/** An analyst's review row; without more, a comment. */
export function reviewRow<Given extends ReviewGiven>(given: Given) {
  return row({ decision: "COMMENT" as ReviewDecision, comment: "Reviewed." }, given);
}

export const { one: createReview, many: createReviews } = factories((db) => db.review, reviewRow<ReviewGiven>);

import { ZCreateMeasure, ZCreatePlan, ZMeasureProgress, ZPlanFilter, ZPlanReview, ZPlanTransition, ZUpdateMeasure, ZUpdatePlan } from "@/lib/domain/plans/schemas";
import { ZOverdueQuery, ZVersionBody, ZVersionQuery } from "../doc-schemas";
import type { ApiEndpoint } from "../types";
import { CREATED, EMPTY, LIST, named, OBJECT, READ_LIST, READ_ONE, REMOVE, REMOVE_VERSIONED, WRITE } from "./helpers";
import { DOCUMENT_BODY, DOCUMENT_RULES } from "./programs";

const PLAN_MINISTRY = "the plan's ministry, ADMIN";
const REPORTERS = "the plan's ministry, the responsible organisation (CIVIL_SOCIETY included), ADMIN";

export const planEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/plans", tag: "Plans", access: "optional", who: "anyone",
    summary: "List plans",
    description:
      "Plans the caller may read, with `measureCount`, `overdueCount` and `total`. `awaiting=review` lists those submitted or under review, longest waiting first; otherwise latest changed first.",
    query: ZPlanFilter, paged: true,
    success: LIST("Plans.", true), errors: READ_LIST,
  },
  {
    method: "POST", path: "/api/v1/plans", tag: "Plans", access: "required", who: "ADMIN; GOVERNMENT for its own country",
    summary: "Create a plan", description: "A `DRAFT`. The country must be a party to the agreement, the program one of the agreement's; the author follows the plan.",
    body: { json: named("CreatePlan", ZCreatePlan) },
    success: CREATED("The plan."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/plans/{id}", tag: "Plans", access: "optional", who: "who may read it",
    summary: "One plan",
    description: "With its measures (each with `overdue`, its evidence and the decision it follows up), its reviews, and what the caller may do.",
    success: OBJECT("The plan."), errors: READ_ONE,
  },
  {
    method: "PATCH", path: "/api/v1/plans/{id}", tag: "Plans", access: "required", who: PLAN_MINISTRY,
    summary: "Change a plan", description: "While it is `DRAFT` or `CHANGES_REQUESTED` (ADMIN: until it is closed); otherwise 409.",
    body: { json: named("UpdatePlan", ZUpdatePlan) },
    success: OBJECT("The plan."), errors: WRITE,
  },
  {
    method: "POST", path: "/api/v1/plans/{id}/transitions", tag: "Plans", access: "required", who: "by the workflow: GOVERNMENT of the plan's country, ANALYST, ADMIN",
    summary: "Move a plan along its workflow", description: "A move the workflow, the caller's role or the plan's state does not allow is 409 with the reason.",
    body: { json: named("PlanTransition", ZPlanTransition) },
    success: OBJECT("The plan."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/plans/{id}/reviews", tag: "Plans", access: "optional", who: "who may read the plan",
    summary: "A plan's reviews", description: "Not paged.",
    success: LIST("Reviews."), errors: READ_ONE,
  },
  {
    method: "POST", path: "/api/v1/plans/{id}/reviews", tag: "Plans", access: "required", who: "ANALYST, ADMIN",
    summary: "Review a plan",
    description: "`APPROVE` and `REQUEST_CHANGES` decide a plan `UNDER_REVIEW`; `COMMENT` is possible from submission until the plan is closed. The owner organisation is notified.",
    body: { json: named("PlanReview", ZPlanReview) },
    success: CREATED("The review and the plan."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/plans/{id}/timeline", tag: "Plans", access: "required", who: "signed in, who may read it",
    summary: "A plan's timeline", description: "Everything that happened to the plan, oldest first, from its audit trail.",
    paged: true,
    success: LIST("Timeline entries."), errors: [400, 401, 404],
  },
  {
    method: "POST", path: "/api/v1/plans/{id}/measures", tag: "Plans", access: "required", who: `${PLAN_MINISTRY}, while the content may change`,
    summary: "Add a measure", description: "The decision must be one of a meeting under the plan's agreement.",
    body: { json: named("CreateMeasure", ZCreateMeasure) },
    success: CREATED("The measure."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/measures/{id}", tag: "Plans", access: "required", who: `${PLAN_MINISTRY}, while the content may change`,
    summary: "Change a measure", description: "The same fields plus `version`.",
    body: { json: named("UpdateMeasure", ZUpdateMeasure) },
    success: OBJECT("The measure."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/measures/{id}", tag: "Plans", access: "required", who: `${PLAN_MINISTRY}, while the content may change`,
    summary: "Delete a measure", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "POST", path: "/api/v1/measures/{id}/report", tag: "Plans", access: "required", who: "the plan's ministry, the responsible organisation, ADMIN",
    summary: "Report a measure's status", description: "While the plan is `IN_PROGRESS`. A new status withdraws an earlier verification.",
    body: { json: named("MeasureProgress", ZMeasureProgress) },
    success: OBJECT("The measure."), errors: WRITE,
  },
  {
    method: "POST", path: "/api/v1/measures/{id}/verify", tag: "Plans", access: "required", who: "ANALYST, ADMIN",
    summary: "Verify a measure", description: "A measure reported `MET` that has evidence, while the plan is in progress.",
    body: { json: named("VersionOnly", ZVersionBody) },
    success: OBJECT("The measure."), errors: WRITE,
  },
  {
    method: "POST", path: "/api/v1/measures/{id}/evidence", tag: "Documents", access: "required", who: REPORTERS,
    summary: "Attach evidence to a measure", description: `A link or an upload, as for a program's documents; not once the plan is closed. ${DOCUMENT_RULES}`,
    body: DOCUMENT_BODY,
    success: CREATED("The evidence document."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/measures/{id}/evidence/{documentId}", tag: "Documents", access: "required", who: REPORTERS,
    summary: "Remove evidence", description: "Not once the plan is closed.",
    success: EMPTY("Removed."), errors: REMOVE,
  },
  {
    method: "GET", path: "/api/v1/measures/overdue", tag: "Plans", access: "optional", who: "anyone",
    summary: "Overdue measures",
    description: "Past their due date and not met, in the submitted-to-completed plans the caller may read, longest overdue first, with `daysOverdue`.",
    query: ZOverdueQuery, paged: true,
    success: LIST("Overdue measures.", true), errors: READ_LIST,
  },
];

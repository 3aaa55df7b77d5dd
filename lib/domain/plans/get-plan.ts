import "server-only";
import { can, planReadWhere, type Viewer } from "@/lib/platform/authz";
import { actsForPlan } from "@/lib/platform/authz/load-plan";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { readTranslations } from "@/lib/domain/iati/translations";
import { isOverdue, todayUtc } from "@/lib/domain/monitoring/progress";
import { COMMENTABLE_STATUSES, EDITABLE_PLAN_STATUSES, transitionsFor } from "./plan-workflow";
import { PLAN_RECORD_SELECT } from "./plan-record";
import { problem } from "@/lib/platform/i18n/problem";

const MEASURE_VIEW_SELECT = {
  id: true,
  title: true,
  language: true,
  translations: true,
  description: true,
  dueDate: true,
  status: true,
  verifiedAt: true,
  version: true,
  responsibleOrganisation: { select: { id: true, name: true } },
  verifiedBy: { select: { name: true } },
  decision: { select: { id: true, position: true, text: true, meeting: { select: { id: true, date: true, institution: { select: { id: true, name: true } } } } } },
  evidence: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, category: true, url: true, fileName: true, sizeBytes: true, createdAt: true },
  },
} as const satisfies Prisma.MeasureSelect;

/**
 * One plan with its measures (each flagged when overdue), its reviews, and what the viewer may do
 * with it: edit it, move it, review it, report on and verify measures.
 */
export async function getPlan(viewer: Viewer, planId: string, today = todayUtc()) {
  const plan = await db().plan.findFirst({
    where: { AND: [{ id: planId }, planReadWhere(viewer)] },
    select: {
      ...PLAN_RECORD_SELECT,
      createdAt: true,
      updatedAt: true,
      agreement: { select: { id: true, shortName: true } },
      country: { select: { code: true, name: true } },
      program: { select: { id: true, title: true, language: true, translations: true } },
      ownerOrganisation: { select: { id: true, name: true } },
      createdBy: { select: { name: true } },
      measures: { orderBy: [{ dueDate: "asc" }, { id: "asc" }], select: MEASURE_VIEW_SELECT },
      reviews: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, decision: true, comment: true, createdAt: true, analyst: { select: { name: true } } } },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", problem("ChoiceProblems.noPlan"));
  const ministry = await actsForPlan(db(), viewer, planId);
  const role = viewer?.role;
  const transitions = role ? transitionsFor(role, plan.status).filter((to) => (["SUBMITTED", "IN_PROGRESS", "COMPLETED"].includes(to) ? ministry : true)) : [];
  const mayEdit = ministry && (role === "ADMIN" ? plan.status !== "CLOSED" : EDITABLE_PLAN_STATUSES.includes(plan.status));
  const reporting = plan.status === "IN_PROGRESS";
  return {
    ...plan,
    /** The title and objectives in other languages: { title: { fr: "…" } }. */
    translations: readTranslations(plan.translations),
    measures: plan.measures.map((measure) => {
      const responsible = viewer?.organisationId === measure.responsibleOrganisation.id;
      return {
        ...measure,
        translations: readTranslations(measure.translations),
        overdue: isOverdue(measure.dueDate.toISOString().slice(0, 10), measure.status === "MET", today),
        mayReport: reporting && (ministry || responsible),
        mayAddEvidence: plan.status !== "CLOSED" && (ministry || (responsible && can(viewer, "measure.evidence"))),
        mayVerify: reporting && can(viewer, "measure.verify") && measure.status === "MET" && !measure.verifiedAt,
      };
    }),
    mayEdit,
    transitions,
    /** Whether the viewer acts for the plan's ministry, and whether they review plans: whom the next step is explained to. */
    actsFor: ministry,
    reviewer: can(viewer, "plan.review"),
    mayReview: can(viewer, "plan.review") && COMMENTABLE_STATUSES.includes(plan.status),
    mayDecide: can(viewer, "plan.review") && plan.status === "UNDER_REVIEW",
  };
}

export type PlanView = Awaited<ReturnType<typeof getPlan>>;

export function findPlan(viewer: Viewer, planId: string) {
  return findOrNull(() => getPlan(viewer, planId));
}

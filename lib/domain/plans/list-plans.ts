import "server-only";
import { offsetFromCursor, type TPageQuery } from "@/lib/platform/api/pagination";
import { planReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { readTranslations } from "@/lib/domain/iati/translations";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { type PLAN_SORTS, ZPlanFilter } from "@/lib/domain/plans/schemas";
import { planFilterWhere } from "./plan-filter";
import { PLAN_RECORD_SELECT } from "./plan-record";

const PLAN_ORDER: Record<(typeof PLAN_SORTS)[number], Prisma.PlanOrderByWithRelationInput> = {
  "-updated": { updatedAt: "desc" },
  updated: { updatedAt: "asc" },
  title: { title: "asc" },
  "-title": { title: "desc" },
  submitted: { submittedAt: { sort: "asc", nulls: "last" } },
  "-submitted": { submittedAt: { sort: "desc", nulls: "last" } },
};

/**
 * The plans the viewer may read that match the filter, filtered, counted and paged in SQL: plans
 * waiting longest first when awaiting review, otherwise latest changed first. Each has its number
 * of measures and of overdue measures.
 */
export async function listPlans(viewer: Viewer, input: unknown, { limit, cursor }: TPageQuery, today = todayUtc()) {
  const filter = ZPlanFilter.parse(input);
  const offset = offsetFromCursor(cursor);
  const where: Prisma.PlanWhereInput = { AND: [planReadWhere(viewer), ...(await planFilterWhere(filter))] };
  const sort = filter.sort ?? (filter.awaiting ? "submitted" : "-updated");
  const orderBy: Prisma.PlanOrderByWithRelationInput[] = [PLAN_ORDER[sort], { id: "asc" }];
  const [plans, total] = await Promise.all([
    db().plan.findMany({
      where,
      orderBy,
      skip: offset,
      take: limit,
      select: {
        ...PLAN_RECORD_SELECT,
        updatedAt: true,
        agreement: { select: { shortName: true } },
        country: { select: { name: true } },
        ownerOrganisation: { select: { name: true } },
        _count: { select: { measures: true } },
      },
    }),
    db().plan.count({ where }),
  ]);
  const overdue = plans.length
    ? await db().measure.groupBy({
        by: ["planId"],
        where: { planId: { in: plans.map((plan) => plan.id) }, status: { not: "MET" }, dueDate: { lt: new Date(`${today}T00:00:00Z`) } },
        _count: { _all: true },
      })
    : [];
  const overdueByPlan = new Map(overdue.map((row) => [row.planId, row._count._all]));
  return {
    data: plans.map(({ _count, translations, ...plan }) => ({ ...plan, translations: readTranslations(translations), measureCount: _count.measures, overdueCount: overdueByPlan.get(plan.id) ?? 0 })),
    page: { limit, nextCursor: offset + plans.length < total ? String(offset + plans.length) : null },
    total,
  };
}

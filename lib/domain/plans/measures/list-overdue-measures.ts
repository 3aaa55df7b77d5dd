import "server-only";
import { planReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { readTranslations } from "@/lib/domain/iati/translations";
import { todayUtc } from "@/lib/domain/monitoring/progress";

/**
 * Measures past their due date (in UTC) and not met, across the plans the viewer may read, the
 * longest overdue first, paged in SQL. `organisationId` narrows them to one responsible organisation.
 */
export async function listOverdueMeasures(viewer: Viewer, { limit, offset, organisationId }: { limit: number; offset: number; organisationId?: string }, today = todayUtc()) {
  const where: Prisma.MeasureWhereInput = {
    status: { not: "MET" },
    dueDate: { lt: new Date(`${today}T00:00:00Z`) },
    plan: { AND: [planReadWhere(viewer), { status: { notIn: ["DRAFT", "CLOSED"] } }] },
    ...(organisationId && { responsibleOrganisationId: organisationId }),
  };
  const [measures, total] = await Promise.all([
    db().measure.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      skip: offset,
      take: limit,
      select: {
        id: true,
        title: true,
        language: true,
        translations: true,
        dueDate: true,
        status: true,
        responsibleOrganisation: { select: { id: true, name: true } },
        plan: { select: { id: true, title: true, language: true, translations: true, status: true, country: { select: { name: true } } } },
      },
    }),
    db().measure.count({ where }),
  ]);
  const day = 86_400_000;
  return {
    data: measures.map((measure) => ({
      ...measure,
      translations: readTranslations(measure.translations),
      plan: { ...measure.plan, translations: readTranslations(measure.plan.translations) },
      daysOverdue: Math.round((new Date(`${today}T00:00:00Z`).getTime() - measure.dueDate.getTime()) / day),
    })),
    page: { limit, nextCursor: offset + measures.length < total ? String(offset + measures.length) : null },
    total,
  };
}

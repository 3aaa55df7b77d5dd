import "server-only";
import { planReadWhere, type Viewer } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import type { TCreateMeasure } from "@/lib/domain/plans/schemas";

export const MEASURE_SELECT = {
  id: true,
  planId: true,
  title: true,
  description: true,
  responsibleOrganisationId: true,
  dueDate: true,
  status: true,
  decisionId: true,
  verifiedById: true,
  verifiedAt: true,
  version: true,
} as const satisfies Prisma.MeasureSelect;

export type MeasureRecord = Prisma.MeasureGetPayload<{ select: typeof MEASURE_SELECT }>;

export const measureColumns = (data: TCreateMeasure) => ({
  title: data.title,
  description: data.description ?? "",
  responsibleOrganisationId: data.responsibleOrganisationId,
  dueDate: data.dueDate,
  decisionId: data.decisionId ?? null,
});

/** The measure, among those of the plans the viewer may read. */
export async function loadMeasure(tx: Pick<DbTx, "measure">, viewer: Viewer, measureId: string): Promise<MeasureRecord> {
  const measure = await tx.measure.findFirst({ where: { id: measureId, plan: planReadWhere(viewer) }, select: MEASURE_SELECT });
  if (!measure) throw new AppError("NOT_FOUND", "No measure with this id is visible to you.");
  return measure;
}

/**
 * How a versioned change to a measure is read back and audited: on its plan, so that the plan's
 * timeline shows it, with the measure before and after.
 */
export function measureChange(tx: DbTx, measure: MeasureRecord, action: string) {
  return {
    record: "measure" as const,
    before: measure,
    read: () => tx.measure.findUnique({ where: { id: measure.id }, select: MEASURE_SELECT }),
    audit: { action, entityType: "Plan", entityId: measure.planId, as: (row: MeasureRecord) => ({ measure: row }) },
  };
}

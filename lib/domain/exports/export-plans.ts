import "server-only";
import { planReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { isOverdue, todayUtc } from "@/lib/domain/monitoring/progress";
import { planFilterWhere } from "@/lib/domain/plans/plan-filter";
import type { TPlanFilter } from "@/lib/domain/plans/schemas";
import { EXPORT_BATCH, isoDay, isoTime } from "./batches";
import type { ColumnKey } from "./columns";
import type { Row } from "./table-stream";

export const PLAN_EXPORT_KEYS = [
  "plan",
  "kind",
  "status",
  "agreement",
  "country",
  "owner",
  "measure",
  "responsible_organisation",
  "due_date",
  "measure_status",
  "overdue",
  "verified_at",
] as const satisfies readonly ColumnKey<"plans">[];

type PlanExportRow = Row<(typeof PLAN_EXPORT_KEYS)[number]>;

/** Plans fetched per query; their measures are then read in batches of EXPORT_BATCH. */
const PLAN_BATCH = 200;

const PLAN_SELECT = {
  id: true,
  title: true,
  kind: true,
  status: true,
  countryCode: true,
  agreement: { select: { shortName: true } },
  ownerOrganisation: { select: { name: true } },
} as const satisfies Prisma.PlanSelect;

const MEASURE_SELECT = {
  id: true,
  planId: true,
  title: true,
  dueDate: true,
  status: true,
  verifiedAt: true,
  responsibleOrganisation: { select: { name: true } },
} as const satisfies Prisma.MeasureSelect;

type ExportPlan = Prisma.PlanGetPayload<{ select: typeof PLAN_SELECT }>;
type ExportMeasure = Prisma.MeasureGetPayload<{ select: typeof MEASURE_SELECT }>;

/** The measures of the plans, by plan and then by due date, EXPORT_BATCH at a time. */
async function* measuresOf(planIds: string[]): AsyncGenerator<ExportMeasure> {
  let after: string | undefined;
  for (;;) {
    const batch = await db().measure.findMany({
      where: { planId: { in: planIds } },
      orderBy: [{ planId: "asc" }, { dueDate: "asc" }, { id: "asc" }],
      take: EXPORT_BATCH,
      ...(after && { cursor: { id: after }, skip: 1 }),
      select: MEASURE_SELECT,
    });
    yield* batch;
    if (batch.length < EXPORT_BATCH) return;
    after = batch.at(-1)!.id;
  }
}

function toRow(plan: ExportPlan, measure: ExportMeasure | null, today: string): PlanExportRow {
  const due = measure && isoDay(measure.dueDate);
  return {
    plan: plan.title,
    kind: plan.kind,
    status: plan.status,
    agreement: plan.agreement.shortName,
    country: plan.countryCode,
    owner: plan.ownerOrganisation.name,
    measure: measure?.title ?? null,
    responsible_organisation: measure?.responsibleOrganisation.name ?? null,
    due_date: due,
    measure_status: measure?.status ?? null,
    // As the plan's page flags it: past its due date (UTC) and not met. A code, worded by export-labels.ts.
    overdue: measure && due ? String(isOverdue(due, measure.status === "MET", today)) : null,
    verified_at: isoTime(measure?.verifiedAt ?? null),
  };
}

/**
 * One row per measure of the plans the plan list shows for `filter` (within what the viewer may
 * read, by the list's own filter builder); a plan without measures has one row with the measure
 * columns empty. Plans come in a stable order (by id), each with its measures by due date.
 */
export async function* planExportRows(viewer: Viewer, filter: TPlanFilter, today = todayUtc()): AsyncGenerator<PlanExportRow> {
  const where: Prisma.PlanWhereInput = { AND: [planReadWhere(viewer), ...(await planFilterWhere(filter))] };
  let after: string | undefined;
  for (;;) {
    const plans = await db().plan.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: PLAN_BATCH,
      select: PLAN_SELECT,
    });
    // Both lists are ordered by plan id, so each plan's measures follow on from the previous plan's.
    const measures = measuresOf(plans.map((plan) => plan.id));
    let next = plans.length ? await measures.next() : undefined;
    for (const plan of plans) {
      let any = false;
      while (next && !next.done && next.value.planId === plan.id) {
        yield toRow(plan, next.value, today);
        any = true;
        next = await measures.next();
      }
      if (!any) yield toRow(plan, null, today);
    }
    if (plans.length < PLAN_BATCH) return;
    after = plans.at(-1)!.id;
  }
}

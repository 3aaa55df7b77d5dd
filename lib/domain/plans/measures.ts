import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { can, planReadWhere, type Actor, type Viewer, requirePermission, requireSignedIn } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { attachDocument, removeDocument, type DocumentOwner } from "@/lib/domain/documents/documents";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { ZCreateMeasure, ZMeasureProgress, ZUpdateMeasure, type TCreateMeasure } from "@/lib/domain/plans/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";
import { actsForPlan, loadPlanForRead } from "@/lib/platform/authz/load-plan";
import { auditOnPlan, loadPlanForEdit, planRecord } from "./plan-record";

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

/** The responsible organisation must exist, and a followed-up decision must be one of the plan's agreement's meetings. */
async function assertMeasureAcceptable(tx: DbTx, agreementId: string, data: TCreateMeasure) {
  const fieldErrors: FieldErrors = {};
  if (!(await tx.organisation.count({ where: { id: data.responsibleOrganisationId } }))) {
    fieldErrors.responsibleOrganisationId = ["There is no organisation with this id. Choose one from the list."];
  }
  if (data.decisionId && !(await tx.meetingDecision.count({ where: { id: data.decisionId, meeting: { institution: { agreementId } } } }))) {
    fieldErrors.decisionId = ["Choose a decision of a meeting held under the plan's agreement."];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors });
}

const measureColumns = (data: TCreateMeasure) => ({
  title: data.title,
  description: data.description ?? "",
  responsibleOrganisationId: data.responsibleOrganisationId,
  dueDate: data.dueDate,
  decisionId: data.decisionId ?? null,
});

async function loadMeasure(tx: DbTx, viewer: Viewer, measureId: string) {
  const measure = await tx.measure.findFirst({ where: { id: measureId, plan: planReadWhere(viewer) }, select: MEASURE_SELECT });
  if (!measure) throw new AppError("NOT_FOUND", "No measure with this id is visible to you.");
  return measure;
}

/** Adds a measure to a plan its ministry is still drafting (or changing on request). */
export async function addMeasure(ctx: ActionContext, planId: string, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const data = ZCreateMeasure.parse(input);
  return db().$transaction(async (tx) => {
    const plan = await loadPlanForEdit(tx, actor, planId);
    await assertMeasureAcceptable(tx, plan.agreementId, data);
    const created = await tx.measure.create({ data: { planId, ...measureColumns(data) }, select: MEASURE_SELECT });
    await auditOnPlan(tx, ctx, planId, "measure.create", { after: { measure: created } });
    return created;
  });
}

export async function updateMeasure(ctx: ActionContext, measureId: string, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const { version, ...data } = ZUpdateMeasure.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    const plan = await loadPlanForEdit(tx, actor, before.planId);
    await assertMeasureAcceptable(tx, plan.agreementId, data);
    const { count } = await tx.measure.updateMany({ where: { id: measureId, version }, data: { ...measureColumns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("measure", version, before.version);
    const after = await tx.measure.findUniqueOrThrow({ where: { id: measureId }, select: MEASURE_SELECT });
    await auditOnPlan(tx, ctx, before.planId, "measure.update", { before: { measure: before }, after: { measure: after } });
    return after;
  });
}

export async function deleteMeasure(ctx: ActionContext, measureId: string, version: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    await loadPlanForEdit(tx, actor, before.planId);
    const { count } = await tx.measure.deleteMany({ where: { id: measureId, version: seen } });
    if (count === 0) throw staleRecord("measure", seen, before.version);
    await auditOnPlan(tx, ctx, before.planId, "measure.delete", { before: { measure: before } });
  });
}

/** Whether the actor reports on the measure: the plan's ministry, an ADMIN, or a user of the responsible organisation. */
async function reportsOn(tx: DbTx, actor: Actor, measure: { planId: string; responsibleOrganisationId: string }) {
  return actor.organisationId === measure.responsibleOrganisationId || (await actsForPlan(tx, actor, measure.planId));
}

/**
 * Reports what came of a measure while the plan is carried out. A new status withdraws an earlier
 * verification: the analyst verifies the status as it now stands.
 */
export async function reportMeasure(ctx: ActionContext, measureId: string, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  const { version, status } = ZMeasureProgress.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    if (!(await reportsOn(tx, actor, before))) throw new AppError("FORBIDDEN", "Only the plan's ministry and the organisation responsible for the measure report on it.");
    const plan = await loadPlanForRead(actor, before.planId, planRecord(tx));
    if (plan.status !== "IN_PROGRESS") throw new AppError("CONFLICT", "Measures are reported on while the plan is in progress.");
    const changed = status !== before.status;
    const { count } = await tx.measure.updateMany({
      where: { id: measureId, version },
      data: { status, ...(changed && { verifiedById: null, verifiedAt: null }), version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord("measure", version, before.version);
    const after = await tx.measure.findUniqueOrThrow({ where: { id: measureId }, select: MEASURE_SELECT });
    await auditOnPlan(tx, ctx, before.planId, "measure.report", { before: { measure: before }, after: { measure: after } });
    return after;
  });
}

/** An analyst verifies a measure reported MET, against its evidence. */
export async function verifyMeasure(ctx: ActionContext, measureId: string, version: unknown) {
  const actor = requireSignedIn(ctx.actor);
  requirePermission(actor, "measure.verify");
  const seen = ZVersion.parse(version);
  return db().$transaction(async (tx) => {
    const before = await loadMeasure(tx, actor, measureId);
    const plan = await loadPlanForRead(actor, before.planId, planRecord(tx));
    if (plan.status !== "IN_PROGRESS") throw new AppError("CONFLICT", "Measures are verified while the plan is in progress.");
    if (before.status !== "MET") throw new AppError("CONFLICT", "Only a measure reported as met is verified.");
    if (before.verifiedAt) throw new AppError("CONFLICT", "This measure is already verified.");
    if (!(await tx.document.count({ where: { measureId } }))) throw new AppError("CONFLICT", "This measure has no evidence yet. A measure is verified against its evidence.");
    const { count } = await tx.measure.updateMany({ where: { id: measureId, version: seen }, data: { verifiedById: actor.id, verifiedAt: new Date(), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("measure", seen, before.version);
    const after = await tx.measure.findUniqueOrThrow({ where: { id: measureId }, select: MEASURE_SELECT });
    await auditOnPlan(tx, ctx, before.planId, "measure.verify", { before: { measure: before }, after: { measure: after } });
    return after;
  });
}

function evidenceOwner(measureId: string): DocumentOwner {
  return {
    link: { measureId },
    assertEditable: async (tx, actor) => {
      const measure = await loadMeasure(tx, actor, measureId);
      const plan = await loadPlanForRead(actor, measure.planId, planRecord(tx));
      if (plan.status === "CLOSED") throw new AppError("CONFLICT", "This plan is closed.");
      const responsible = actor.organisationId === measure.responsibleOrganisationId && can(actor, "measure.evidence");
      if (!responsible && !(await actsForPlan(tx, actor, measure.planId))) {
        throw new AppError("FORBIDDEN", "Only the plan's ministry and the organisation responsible for the measure add its evidence.");
      }
    },
    audit: { entityType: "Plan", entityId: "", action: "measure.evidence" },
  };
}

async function ownerWithPlan(measureId: string, viewer: Viewer): Promise<DocumentOwner> {
  const measure = await loadMeasure(db(), viewer, measureId);
  const owner = evidenceOwner(measureId);
  return { ...owner, audit: { ...owner.audit, entityId: measure.planId } };
}

type Upload = Parameters<typeof attachDocument>[3];

/** Evidence for a measure: a link or an uploaded file. */
export async function attachEvidence(ctx: ActionContext, measureId: string, input: unknown, file: Upload) {
  const actor = requireSignedIn(ctx.actor);
  return attachDocument({ ...ctx, actor }, await ownerWithPlan(measureId, actor), input, file);
}

export async function removeEvidence(ctx: ActionContext, measureId: string, documentId: string) {
  const actor = requireSignedIn(ctx.actor);
  return removeDocument({ ...ctx, actor }, await ownerWithPlan(measureId, actor), documentId);
}

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
        dueDate: true,
        status: true,
        responsibleOrganisation: { select: { id: true, name: true } },
        plan: { select: { id: true, title: true, status: true, country: { select: { name: true } } } },
      },
    }),
    db().measure.count({ where }),
  ]);
  const day = 86_400_000;
  return {
    data: measures.map((measure) => ({ ...measure, daysOverdue: Math.round((new Date(`${today}T00:00:00Z`).getTime() - measure.dueDate.getTime()) / day) })),
    page: { limit, nextCursor: offset + measures.length < total ? String(offset + measures.length) : null },
    total,
  };
}

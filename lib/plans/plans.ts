import "server-only";
import { offsetFromCursor, toPage, type TPageQuery } from "@/lib/api/pagination";
import type { ActionContext } from "@/lib/audit/action-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can, meetingReadWhere, planReadWhere, programReadWhere, type Actor, type Viewer, requirePermission, requireSignedIn } from "@/lib/authz";
import { actsForPlan, loadPlanForChange, loadPlanForRead } from "@/lib/authz/load-plan";
import { db, type DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { findOrNull } from "@/lib/errors/find-or-null";
import { staleRecord } from "@/lib/errors/stale-record";
import { isOverdue, todayUtc } from "@/lib/monitoring/progress";
import { follow, notify } from "@/lib/notifications/notify";
import { type PLAN_SORTS, ZCreatePlan, ZPlanFilter, ZPlanReview, ZPlanTransition, ZUpdatePlan, type TCreatePlan, type TPlanFilter } from "@/lib/validation/plans";
import { AWAITING_REVIEW_STATUSES, COMMENTABLE_STATUSES, EDITABLE_PLAN_STATUSES, refusedMove, transitionsFor } from "./plan-workflow";

export const PLAN_RECORD_SELECT = {
  id: true,
  kind: true,
  title: true,
  agreementId: true,
  countryCode: true,
  programId: true,
  origin: true,
  originDetail: true,
  ownerOrganisationId: true,
  objectives: true,
  status: true,
  submittedAt: true,
  version: true,
} as const satisfies Prisma.PlanSelect;

export type PlanRecord = Prisma.PlanGetPayload<{ select: typeof PLAN_RECORD_SELECT }>;

/** Reads a plan record with `client`, for the plan loaders of lib/authz/load-plan.ts. */
export const planRecord = (client: Pick<DbTx, "plan">) => (where: Prisma.PlanWhereInput) => client.plan.findFirst({ where, select: PLAN_RECORD_SELECT });

const invalid = (fieldErrors: FieldErrors) => new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors });

export const auditOnPlan = (tx: DbTx, ctx: ActionContext, planId: string, action: string, entry: { before?: unknown; after?: unknown }) =>
  recordAuditEvent(tx, ctx, { action, entityType: "Plan", entityId: planId, ...entry });

/**
 * The plan, for a change to its content or measures by its ministry: 404 outside what the actor
 * reads, 403 outside what they act for, 409 once the plan has left draft (or changes requested).
 * An ADMIN may change a plan's content until it is closed.
 */
export async function loadPlanForEdit(tx: DbTx, viewer: Viewer, planId: string): Promise<PlanRecord> {
  const { actor, plan } = await loadPlanForChange(tx, viewer, planId, "plan.create", planRecord(tx));
  const editable = actor.role === "ADMIN" ? plan.status !== "CLOSED" : EDITABLE_PLAN_STATUSES.includes(plan.status);
  if (!editable) {
    throw new AppError("CONFLICT", "This plan can no longer be changed: it has been submitted. Its content changes only while it is a draft or when an analyst has asked for changes.");
  }
  return plan;
}

/** The references a plan names must exist and fit together; each problem is reported on its field. */
async function assertPlanAcceptable(tx: DbTx, actor: Actor, data: TCreatePlan) {
  const fieldErrors: FieldErrors = {};
  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { shortName: true, parties: { select: { countryCode: true } } } });
  if (!agreement) fieldErrors.agreementId = ["There is no agreement with this id. Choose one from the list."];
  else if (!agreement.parties.some((party) => party.countryCode === data.countryCode)) {
    fieldErrors.countryCode = [`${data.countryCode} is not a party to ${agreement.shortName}. A plan is for one of the agreement's parties.`];
  }
  if (actor.role === "GOVERNMENT" && data.countryCode !== actor.countryCode) {
    fieldErrors.countryCode = [`You draft plans for your own country (${actor.countryCode ?? "your organisation's country"}).`];
  }
  const owner = await tx.organisation.findUnique({ where: { id: data.ownerOrganisationId }, select: { countryCode: true } });
  if (!owner) fieldErrors.ownerOrganisationId = ["There is no organisation with this id. Choose one from the list."];
  if (data.programId) {
    const program = await tx.cooperationProgram.findFirst({ where: { AND: [{ id: data.programId }, programReadWhere(actor)] }, select: { agreementId: true } });
    if (!program) fieldErrors.programId = ["There is no program with this id that you can see."];
    else if (program.agreementId !== data.agreementId) fieldErrors.programId = ["The program belongs to another agreement. Choose a program of the plan's agreement."];
  }
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
}

const planColumns = (data: TCreatePlan) => ({
  kind: data.kind,
  title: data.title,
  agreementId: data.agreementId,
  countryCode: data.countryCode,
  programId: data.programId ?? null,
  origin: data.origin,
  originDetail: data.originDetail ?? "",
  ownerOrganisationId: data.ownerOrganisationId,
  objectives: data.objectives ?? "",
});

/** A ministry drafts a plan for its country; its author follows it. */
export async function createPlan(ctx: ActionContext, input: unknown): Promise<PlanRecord> {
  const actor = requirePermission(ctx.actor, "plan.create");
  const data = ZCreatePlan.parse(input);
  return db().$transaction(async (tx) => {
    await assertPlanAcceptable(tx, actor, data);
    const plan = await tx.plan.create({ data: { ...planColumns(data), createdById: actor.id }, select: PLAN_RECORD_SELECT });
    await follow(tx, actor.id, { entityType: "Plan", entityId: plan.id });
    await auditOnPlan(tx, ctx, plan.id, "plan.create", { after: plan });
    return plan;
  });
}

export async function updatePlan(ctx: ActionContext, planId: string, input: unknown): Promise<PlanRecord> {
  const actor = requirePermission(ctx.actor, "plan.create");
  const { version, ...data } = ZUpdatePlan.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadPlanForEdit(tx, actor, planId);
    if (before.version !== version) throw staleRecord("plan", version, before.version);
    await assertPlanAcceptable(tx, actor, data);
    const { count } = await tx.plan.updateMany({ where: { id: planId, version }, data: { ...planColumns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("plan", version, before.version + 1);
    const after = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: PLAN_RECORD_SELECT });
    await auditOnPlan(tx, ctx, planId, "plan.update", { before, after });
    return after;
  });
}

/** Moves the plan's status, checked against the workflow, the actor's role and scope, and the version. */
async function move(tx: DbTx, ctx: ActionContext & { actor: Actor }, before: PlanRecord, to: PlanStatus, version: number, how: "transition" | "review") {
  const refused = refusedMove(ctx.actor.role, before.status, to, how);
  if (refused) throw new AppError("CONFLICT", refused);
  const ministryMove = ["SUBMITTED", "IN_PROGRESS", "COMPLETED"].includes(to);
  if (ministryMove && !(await actsForPlan(tx, ctx.actor, before.id))) throw new AppError("FORBIDDEN", "Only the ministries of the plan's country (and administrators) make this move.");
  if (before.version !== version) throw staleRecord("plan", version, before.version);
  const { count } = await tx.plan.updateMany({
    where: { id: before.id, version, status: before.status },
    data: { status: to, ...(to === "SUBMITTED" && { submittedAt: new Date() }), version: { increment: 1 } },
  });
  if (count === 0) throw staleRecord("plan", version, before.version + 1);
  return tx.plan.findUniqueOrThrow({ where: { id: before.id }, select: PLAN_RECORD_SELECT });
}

/**
 * Moves a plan along its workflow: submit or resubmit (its ministry), take it up for review (an
 * analyst), start carrying it out and report it complete (its ministry), close it (an analyst).
 * Completing needs an outcome for every measure. Submitting tells the analysts.
 */
export async function transitionPlan(ctx: ActionContext, planId: string, input: unknown): Promise<PlanRecord> {
  const actor = requireSignedIn(ctx.actor);
  const { version, to, comment } = ZPlanTransition.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadPlanForRead(actor, planId, planRecord(tx));
    if (to === "SUBMITTED" && !(await tx.measure.count({ where: { planId } }))) {
      throw new AppError("CONFLICT", "A plan needs at least one measure before it is submitted.");
    }
    if (to === "COMPLETED") {
      const open = await tx.measure.count({ where: { planId, status: "SCHEDULED" } });
      if (open) throw new AppError("CONFLICT", `${open} measure${open === 1 ? " is" : "s are"} still scheduled. Report what came of every measure before completing the plan.`);
    }
    const after = await move(tx, { ...ctx, actor }, before, to, version, "transition");
    await auditOnPlan(tx, ctx, planId, "plan.transition", { before: { status: before.status }, after: { status: after.status, comment: comment ?? null } });
    if (to === "SUBMITTED") {
      await notify(
        tx,
        { analysts: true },
        { kind: "PLAN_SUBMITTED", title: `Plan submitted for review: ${after.title}`, body: comment ?? "", link: `/plans/${planId}`, dedupeKey: `plan-submitted:${planId}:${after.version}` },
        { exceptUserId: actor.id },
      );
    }
    return after;
  });
}

/**
 * An analyst's review: APPROVE or REQUEST_CHANGES decide a plan under review (and move it);
 * COMMENT adds a remark at any stage from submission to completion. The owner organisation is told.
 */
export async function reviewPlan(ctx: ActionContext, planId: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "plan.review");
  const { version, decision, comment } = ZPlanReview.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadPlanForRead(actor, planId, planRecord(tx));
    let after = before;
    if (decision === "COMMENT") {
      if (!COMMENTABLE_STATUSES.includes(before.status)) throw new AppError("CONFLICT", "A plan is reviewed once it is submitted and until it is closed.");
      if (before.version !== version) throw staleRecord("plan", version, before.version);
    } else {
      after = await move(tx, { ...ctx, actor }, before, decision === "APPROVE" ? "APPROVED" : "CHANGES_REQUESTED", version, "review");
    }
    const review = await tx.review.create({
      data: { planId, analystId: actor.id, decision, comment },
      select: { id: true, decision: true, comment: true, createdAt: true, analyst: { select: { name: true } } },
    });
    await auditOnPlan(tx, ctx, planId, "plan.review", { before: { status: before.status }, after: { status: after.status, review: { id: review.id, decision, comment } } });
    const said = { APPROVE: "approved", REQUEST_CHANGES: "changes requested", COMMENT: "a review comment" }[decision];
    await notify(
      tx,
      { organisationId: before.ownerOrganisationId },
      { kind: "PLAN_REVIEWED", title: `${before.title}: ${said}`, body: comment, link: `/plans/${planId}`, dedupeKey: `plan-reviewed:${review.id}` },
      { exceptUserId: actor.id },
    );
    return { plan: after, review };
  });
}

// ───────────────────────────── Reading ─────────────────────────────

/** The conditions of the plan list's filters, to be ANDed with the viewer's read scope (planReadWhere). */
export function planFilterWhere(filter: TPlanFilter): Prisma.PlanWhereInput[] {
  const where: Prisma.PlanWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.agreement) where.push({ agreementId: filter.agreement });
  if (filter.country) where.push({ countryCode: filter.country });
  if (filter.awaiting === "review") where.push({ status: { in: [...AWAITING_REVIEW_STATUSES] } });
  if (filter.q) where.push({ OR: [{ title: { contains: filter.q, mode: "insensitive" } }, { objectives: { contains: filter.q, mode: "insensitive" } }] });
  return where;
}

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
  const where: Prisma.PlanWhereInput = { AND: [planReadWhere(viewer), ...planFilterWhere(filter)] };
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
    data: plans.map(({ _count, ...plan }) => ({ ...plan, measureCount: _count.measures, overdueCount: overdueByPlan.get(plan.id) ?? 0 })),
    page: { limit, nextCursor: offset + plans.length < total ? String(offset + plans.length) : null },
    total,
  };
}

const MEASURE_VIEW_SELECT = {
  id: true,
  title: true,
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
      program: { select: { id: true, title: true } },
      ownerOrganisation: { select: { id: true, name: true } },
      createdBy: { select: { name: true } },
      measures: { orderBy: [{ dueDate: "asc" }, { id: "asc" }], select: MEASURE_VIEW_SELECT },
      reviews: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, decision: true, comment: true, createdAt: true, analyst: { select: { name: true } } } },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", "No plan with this id is visible to you.");
  const ministry = await actsForPlan(db(), viewer, planId);
  const role = viewer?.role;
  const transitions = role ? transitionsFor(role, plan.status).filter((to) => (["SUBMITTED", "IN_PROGRESS", "COMPLETED"].includes(to) ? ministry : true)) : [];
  const mayEdit = ministry && (role === "ADMIN" ? plan.status !== "CLOSED" : EDITABLE_PLAN_STATUSES.includes(plan.status));
  const reporting = plan.status === "IN_PROGRESS";
  return {
    ...plan,
    measures: plan.measures.map((measure) => {
      const responsible = viewer?.organisationId === measure.responsibleOrganisation.id;
      return {
        ...measure,
        overdue: isOverdue(measure.dueDate.toISOString().slice(0, 10), measure.status === "MET", today),
        mayReport: reporting && (ministry || responsible),
        mayAddEvidence: plan.status !== "CLOSED" && (ministry || (responsible && can(viewer, "measure.evidence"))),
        mayVerify: reporting && can(viewer, "measure.verify") && measure.status === "MET" && !measure.verifiedAt,
      };
    }),
    mayEdit,
    transitions,
    mayReview: can(viewer, "plan.review") && COMMENTABLE_STATUSES.includes(plan.status),
    mayDecide: can(viewer, "plan.review") && plan.status === "UNDER_REVIEW",
  };
}

export type PlanView = Awaited<ReturnType<typeof getPlan>>;

export function findPlan(viewer: Viewer, planId: string) {
  return findOrNull(() => getPlan(viewer, planId));
}

/**
 * The plan's timeline from its audit trail, oldest first and paged by keyset: drafting, edits, every
 * status change and review with its comment, measures added, reported, verified and given evidence,
 * and comments. For signed-in readers of the plan.
 */
export async function planTimeline(viewer: Viewer, planId: string, { limit, cursor }: TPageQuery = { limit: 100 }) {
  requireSignedIn(viewer);
  await loadPlanForRead(viewer, planId, planRecord(db()));
  const where = { entityType: "Plan", entityId: planId };
  if (cursor && !(await db().auditEvent.count({ where: { ...where, id: cursor } }))) {
    throw new AppError("INVALID_INPUT", "Invalid paging parameters.", { fieldErrors: { cursor: ["cursor is not one this API gave out"] } });
  }
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return toPage(rows, limit, (row) => row.id);
}

/** The programs of an agreement a plan may name, and the decisions of its meetings a measure may follow up. */
export async function planChoices(actor: Actor) {
  const [agreements, organisations] = await Promise.all([
    db().agreement.findMany({
      where: actor.role === "ADMIN" ? {} : { parties: { some: { countryCode: actor.countryCode ?? "" } } },
      orderBy: { shortName: "asc" },
      select: {
        id: true,
        shortName: true,
        parties: { select: { country: { select: { code: true, name: true } } } },
        programs: { where: programReadWhere(actor), orderBy: { title: "asc" }, select: { id: true, title: true } },
      },
    }),
    db().organisation.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, countryCode: true } }),
  ]);
  return { agreements, organisations };
}

/** The decisions of the agreement's meetings the viewer may see, which a measure may follow up. */
export async function listAgreementDecisions(viewer: Viewer, agreementId: string) {
  return db().meetingDecision.findMany({
    where: { meeting: { AND: [meetingReadWhere(viewer), { institution: { agreementId } }] } },
    orderBy: [{ meeting: { date: "desc" } }, { position: "asc" }],
    take: 300,
    select: { id: true, position: true, text: true, meeting: { select: { date: true, institution: { select: { name: true } } } } },
  });
}

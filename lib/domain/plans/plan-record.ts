import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { type Viewer } from "@/lib/platform/authz";
import { loadPlanForChange } from "@/lib/platform/authz/load-plan";
import { type DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { EDITABLE_PLAN_STATUSES } from "./plan-workflow";
import { problem } from "@/lib/platform/i18n/problem";

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
  language: true,
  translations: true,
  status: true,
  submittedAt: true,
  version: true,
} as const satisfies Prisma.PlanSelect;

export type PlanRecord = Prisma.PlanGetPayload<{ select: typeof PLAN_RECORD_SELECT }>;

/** Reads a plan record with `client`, for the plan loaders of lib/platform/authz/load-plan.ts. */
export const planRecord = (client: Pick<DbTx, "plan">) => (where: Prisma.PlanWhereInput) => client.plan.findFirst({ where, select: PLAN_RECORD_SELECT });

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
    throw new AppError("CONFLICT", problem("PlanProblems.submitted"));
  }
  return plan;
}

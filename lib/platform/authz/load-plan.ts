import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import type { Actor, Viewer } from "./actor";
import { can } from "./can";
import { requirePermission } from "./require";
import { planActWhere, planReadWhere } from "./where";
import { problem } from "@/lib/platform/i18n/problem";

type Client = Pick<DbTx, "plan">;

/** The permissions a plan's ministry acts with on its plan. */
export type PlanPermission = "plan.create" | "plan.submit";

/** Whether the viewer is the plan's ministry (a GOVERNMENT user of its country under its agreement) or an ADMIN. */
export async function actsForPlan(client: Client, viewer: Viewer, planId: string): Promise<boolean> {
  if (!can(viewer, "plan.create")) return false;
  return (await client.plan.count({ where: { AND: [{ id: planId }, planActWhere(viewer)] } })) > 0;
}

/**
 * The plan if the viewer may read it, as `find` reads it with the scoping `where` it is given;
 * otherwise it is not found (404), like a missing one.
 */
export async function loadPlanForRead<T>(viewer: Viewer, planId: string, find: (where: Prisma.PlanWhereInput) => Promise<T | null>): Promise<T> {
  const plan = await find({ AND: [{ id: planId }, planReadWhere(viewer)] });
  if (!plan) throw new AppError("NOT_FOUND", problem("AuthzProblem.planNotFound"));
  return plan;
}

/**
 * The plan and the actor who may do `permission` on it as its ministry: refused (401/403) for a role
 * without the permission, not found (404) outside what the actor may read, refused (403) when it is
 * another country's plan.
 */
export async function loadPlanForChange<T>(
  client: Client,
  viewer: Viewer,
  planId: string,
  permission: PlanPermission,
  find: (where: Prisma.PlanWhereInput) => Promise<T | null>,
): Promise<{ actor: Actor; plan: T }> {
  const actor = requirePermission(viewer, permission);
  const plan = await loadPlanForRead(actor, planId, find);
  if (!(await actsForPlan(client, actor, planId))) throw new AppError("FORBIDDEN", problem("AuthzProblem.planNotYours"));
  return { actor, plan };
}

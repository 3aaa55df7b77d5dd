import "server-only";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import type { Actor, Viewer } from "./actor";
import { can } from "./can";
import { requirePermission } from "./require";
import { planActWhere, planReadWhere } from "./where";

type Client = Pick<DbTx, "plan">;

/** The permissions a plan's ministry acts with on its plan. */
export type PlanPermission = "plan.create" | "plan.submit";

/** Whether the viewer is the plan's ministry (a GOVERNMENT user of its country under its agreement) or an ADMIN. */
export async function actsForPlan(client: Client, viewer: Viewer, planId: string): Promise<boolean> {
  if (!can(viewer, "plan.create")) return false;
  return (await client.plan.count({ where: { AND: [{ id: planId }, planActWhere(viewer)] } })) > 0;
}

/** The plan, with `select`, if the viewer may read it; otherwise it is not found (404), like a missing one. */
export async function loadPlanForRead<S extends Prisma.PlanSelect>(client: Client, viewer: Viewer, planId: string, select: S) {
  const plan = await client.plan.findFirst({ where: { AND: [{ id: planId }, planReadWhere(viewer)] }, select });
  if (!plan) throw new AppError("NOT_FOUND", "No plan with this id is visible to you.");
  return plan as Prisma.PlanGetPayload<{ select: S }>;
}

/**
 * The plan and the actor who may do `permission` on it as its ministry: refused (401/403) for a role
 * without the permission, not found (404) outside what the actor may read, refused (403) when it is
 * another country's plan.
 */
export async function loadPlanForChange<S extends Prisma.PlanSelect>(client: Client, viewer: Viewer, planId: string, permission: PlanPermission, select: S) {
  const actor: Actor = requirePermission(viewer, permission);
  const plan = await loadPlanForRead(client, actor, planId, select);
  if (!(await actsForPlan(client, actor, planId))) throw new AppError("FORBIDDEN", "Only the ministries of the plan's country (and administrators) change it.");
  return { actor, plan };
}

import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { ActionContext } from "./action-context";

export type AuditEntry = {
  /** What happened, as `<entity>.<verb>`, e.g. "user.create" or "program.update". */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one AuditEvent inside the caller's transaction, so that the change and its record commit
 * or roll back together. Values are stored as JSON (dates as ISO strings, Decimals as strings).
 */
export async function recordAuditEvent(tx: DbTx, ctx: ActionContext, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: ctx.actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: ctx.requestId,
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Records a change to something that belongs to a program (a participant, an indicator, an event,
 * a request to take part…) on the program itself, so that the program's history shows it.
 */
export function auditOnProgram(tx: DbTx, ctx: ActionContext, programId: string, action: string, entry: { before?: unknown; after?: unknown }): Promise<void> {
  return recordAuditEvent(tx, ctx, { action, entityType: "CooperationProgram", entityId: programId, ...entry });
}

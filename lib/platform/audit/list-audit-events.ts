import "server-only";
import { z } from "zod";
import type { TPageQuery } from "@/lib/platform/api/pagination";
import { assertKnownCursor, keysetArgs, toPage } from "@/lib/platform/api/pagination";
import { type Viewer, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";

const day = z.iso.date({ message: "Use a date such as 2026-01-31." });

/** The audit trail's filters, as they appear in the page's URL and the API's query string. */
export const ZAuditFilter = z.object({
  actor: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: day.optional(),
  to: day.optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/**
 * The audit trail, newest first, for ADMIN and ANALYST. `actor` matches the actor's email or name;
 * `action` matches a prefix ("user." finds every change to users).
 */
export async function listAuditEvents(viewer: Viewer, filter: TAuditFilter, { limit, cursor }: TPageQuery) {
  requirePermission(viewer, "audit.read");
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.actor && {
      actor: {
        OR: [
          { email: { contains: filter.actor, mode: "insensitive" } },
          { name: { contains: filter.actor, mode: "insensitive" } },
        ],
      },
    }),
    ...(filter.action && { action: { startsWith: filter.action } }),
    ...(filter.entityType && { entityType: filter.entityType }),
    ...(filter.entityId && { entityId: filter.entityId }),
    ...((filter.from || filter.to) && {
      at: {
        ...(filter.from && { gte: new Date(`${filter.from}T00:00:00Z`) }),
        ...(filter.to && { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) }),
      },
    }),
  };
  await assertKnownCursor(cursor, (id) => db().auditEvent.count({ where: { id } }));
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    ...keysetArgs({ limit, cursor }),
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      requestId: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  return toPage(rows, limit, (row) => row.id);
}

/**
 * The names of the accounts and organisations a page of the audit trail is about, by id, so that an
 * entry reads "… disabled the account of Maria López" rather than naming an id. For ADMIN and ANALYST.
 */
export async function listAuditSubjects(viewer: Viewer, events: readonly { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  requirePermission(viewer, "audit.read");
  const ids = (type: string) => [...new Set(events.filter((event) => event.entityType === type).map((event) => event.entityId))];
  const [users, organisations] = await Promise.all([
    db().user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true } }),
    db().organisation.findMany({ where: { id: { in: ids("Organisation") } }, select: { id: true, name: true } }),
  ]);
  return new Map([...users, ...organisations].map((row) => [row.id, row.name]));
}

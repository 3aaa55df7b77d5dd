import "server-only";
import { z } from "zod";
import { assertKnownCursor, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { type Viewer, requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";

// A user's notification centre is personal state: every function reads or changes only the acting
// user's own rows (userId in the where), and none writes an audit event.

const SELECT = { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true } as const;

/** The list's filter in a query string: `?unread=true` for unread ones only. */
export const ZNotificationFilter = z.object({
  unread: z
    .enum(["true", "false"], { error: "unread must be true or false" })
    .optional()
    .transform((value) => value === "true"),
});

/** The acting user's notifications, newest first, paged by keyset; `unreadOnly` leaves out those already read. */
export async function listNotifications(viewer: Viewer, { limit, cursor, unreadOnly = false }: TPageQuery & { unreadOnly?: boolean }) {
  const actor = requireSignedIn(viewer);
  await assertKnownCursor(cursor, (id) => db().notification.count({ where: { userId: actor.id, id } }));
  const rows = await db().notification.findMany({
    where: { userId: actor.id, ...(unreadOnly && { readAt: null }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: SELECT,
  });
  return toPage(rows, limit, (row) => row.id);
}

/** How many of the acting user's notifications are unread. */
export async function unreadCount(viewer: Viewer): Promise<number> {
  const actor = requireSignedIn(viewer);
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks one of the acting user's notifications as read (again is fine); anyone else's is not found. */
export async function markRead(ctx: ActionContext, id: string) {
  const actor = requireSignedIn(ctx.actor);
  await db().notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  const notification = await db().notification.findFirst({ where: { id, userId: actor.id }, select: SELECT });
  if (!notification) throw new AppError("NOT_FOUND", "No such notification.");
  return notification;
}

/** Marks all the acting user's unread notifications as read; returns how many there were. */
export async function markAllRead(ctx: ActionContext): Promise<number> {
  const actor = requireSignedIn(ctx.actor);
  const { count } = await db().notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

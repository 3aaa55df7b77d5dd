import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/** Marks all the acting user's unread notifications as read; returns how many there were. */
export async function markAllNotificationsRead(ctx: ActionContext): Promise<number> {
  const actor = requireSignedIn(ctx.actor);
  const { count } = await db().notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

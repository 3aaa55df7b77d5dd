import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";
import { NOTIFICATION_SELECT } from "./notification-select";

/** Marks one of the acting user's notifications as read (again is fine); anyone else's is not found. */
export async function markNotificationRead(ctx: ActionContext, id: string) {
  const actor = requireSignedIn(ctx.actor);
  await db().notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  const notification = await db().notification.findFirst({ where: { id, userId: actor.id }, select: NOTIFICATION_SELECT });
  if (!notification) throw new AppError("NOT_FOUND", problem("NotificationProblem.notFound"));
  return notification;
}

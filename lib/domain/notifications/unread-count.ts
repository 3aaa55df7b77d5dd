import "server-only";
import { type Viewer, requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/** How many of the acting user's notifications are unread. */
export async function unreadCount(viewer: Viewer): Promise<number> {
  const actor = requireSignedIn(viewer);
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}

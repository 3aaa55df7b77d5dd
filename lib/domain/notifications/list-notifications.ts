import "server-only";
import { assertKnownCursor, keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { type Viewer, requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { NOTIFICATION_SELECT } from "./notification-select";

/** The acting user's notifications, newest first, paged by keyset; `unreadOnly` leaves out those already read. */
export async function listNotifications(viewer: Viewer, { limit, cursor, unreadOnly = false }: TPageQuery & { unreadOnly?: boolean }) {
  const actor = requireSignedIn(viewer);
  await assertKnownCursor(cursor, (id) => db().notification.count({ where: { userId: actor.id, id } }));
  const rows = await db().notification.findMany({
    where: { userId: actor.id, ...(unreadOnly && { readAt: null }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...keysetArgs({ limit, cursor }),
    select: NOTIFICATION_SELECT,
  });
  return toPage(rows, limit, (row) => row.id);
}

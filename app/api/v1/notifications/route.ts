import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { listNotifications } from "@/lib/domain/notifications/list-notifications";
import { ZNotificationFilter } from "@/lib/domain/notifications/schemas";

export const dynamic = "force-dynamic";

/** The caller's own notifications, newest first and paged; `?unread=true` for the unread ones only. */
export const GET = apiRoute(async (request) => {
  const actor = await apiActor(request);
  const url = new URL(request.url);
  const { unread } = filterQuery(url, ZNotificationFilter);
  return Response.json(await listNotifications(actor, { ...pageQuery(url), unreadOnly: unread }), { headers: { "Cache-Control": "no-store" } });
});

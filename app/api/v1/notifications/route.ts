import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { listNotifications } from "@/lib/domain/notifications/list-notifications";
import { apiNotificationLocale, notificationTranslator, withText } from "@/lib/domain/notifications/localize-notifications";
import { ZNotificationFilter } from "@/lib/domain/notifications/schemas";

export const dynamic = "force-dynamic";

/**
 * The caller's own notifications, newest first and paged; `?unread=true` for the unread ones only.
 * Each has its title and body in the caller's language (Accept-Language, else the one chosen in the
 * app), and the message key and values they are written from.
 */
export const GET = apiRoute(async (request) => {
  const actor = await apiActor(request);
  const url = new URL(request.url);
  const { unread } = filterQuery(url, ZNotificationFilter);
  const page = await listNotifications(actor, { ...pageQuery(url), unreadOnly: unread });
  const locale = await apiNotificationLocale(actor, request.headers.get("accept-language"));
  const data = withText(page.data, await notificationTranslator(locale));
  return Response.json({ ...page, data }, { headers: { "Cache-Control": "no-store", "Content-Language": locale } });
});

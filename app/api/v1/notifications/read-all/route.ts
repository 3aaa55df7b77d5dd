import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { markAllNotificationsRead } from "@/lib/domain/notifications/mark-all-notifications-read";

export const dynamic = "force-dynamic";

/** Marks all the caller's unread notifications as read and says how many there were. */
export const POST = apiRoute(async (request) => {
  return Response.json({ data: { marked: await markAllNotificationsRead(await apiContext(request)) } });
});

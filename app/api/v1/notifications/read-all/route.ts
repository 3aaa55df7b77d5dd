import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { markAllRead } from "@/lib/domain/notifications/notifications";

export const dynamic = "force-dynamic";

/** Marks all the caller's unread notifications as read and says how many there were. */
export const POST = apiRoute(async (request) => {
  return Response.json({ data: { marked: await markAllRead(await apiContext(request)) } });
});

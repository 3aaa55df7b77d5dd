import { apiRoute } from "@/lib/api/respond";
import { apiContext } from "@/lib/api/viewer";
import { markAllRead } from "@/lib/notifications/notifications";

export const dynamic = "force-dynamic";

/** Marks all the caller's unread notifications as read and says how many there were. */
export const POST = apiRoute(async (request) => {
  return Response.json({ data: { marked: await markAllRead(await apiContext(request)) } });
});

import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Marks one of the caller's own notifications as read; anyone else's is a 404. Not audited: personal state. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await markNotificationRead(await apiContext(request), (await params).id) });
});

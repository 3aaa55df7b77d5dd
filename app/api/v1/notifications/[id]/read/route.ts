import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";
import { apiNotificationLocale, notificationTranslator, withText } from "@/lib/domain/notifications/localize-notifications";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Marks one of the caller's own notifications as read; anyone else's is a 404. Not audited: personal state. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const notification = await markNotificationRead(ctx, (await params).id);
  const locale = await apiNotificationLocale(ctx.actor, request.headers.get("accept-language"));
  const [localized] = withText([notification], await notificationTranslator(locale));
  return Response.json({ data: localized }, { headers: { "Content-Language": locale } });
});

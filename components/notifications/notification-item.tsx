import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { markNotificationReadAction } from "@/lib/domain/notifications/actions";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";

export type NotificationRow = { id: string; title: string; body: string; link: string; readAt: Date | null; createdAt: Date };

/** One notification in the centre: unread marker, title linking to what it is about, text, time. */
export async function NotificationItem({ notification }: { notification: NotificationRow }) {
  const [t, format] = await Promise.all([getTranslations("Notifications"), getFormatter()]);
  const unread = notification.readAt === null;
  return (
    <li className="card" aria-labelledby={`notification-${notification.id}`}>
      <h2 id={`notification-${notification.id}`}>
        {unread && (
          <>
            <Badge>{t("unread")}</Badge>{" "}
          </>
        )}
        <Link href={notification.link}>{notification.title}</Link>
      </h2>
      {notification.body && <p className="multiline">{notification.body}</p>}
      <div className="muted">
        <time dateTime={notification.createdAt.toISOString()}>{format.dateTime(notification.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
        {unread && (
          <>
            {" · "}
            <InlineActionButton
              action={markNotificationReadAction}
              fields={{ id: notification.id }}
              label={t("markRead")}
              accessibleName={t("markReadNamed", { title: notification.title })}
              pendingLabel={t("markingRead")}
            />
          </>
        )}
      </div>
    </li>
  );
}

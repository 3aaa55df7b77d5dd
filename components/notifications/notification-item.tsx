import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { markNotificationReadAction } from "@/lib/domain/notifications/actions";
import { renderNotification } from "@/lib/domain/notifications/notification-message";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";

export type NotificationRow = { id: string; messageKey: string; messageValues: unknown; link: string; readAt: Date | null; createdAt: Date };

/**
 * One notification in the centre: unread marker, title linking to what it is about, text, time. Its
 * words are written now, in the reader's language, from the key and values it was stored as.
 */
export async function NotificationItem({ notification }: { notification: NotificationRow }) {
  const [t, text, format] = await Promise.all([getTranslations("Notifications"), getTranslations("NotificationText"), getFormatter()]);
  const { title, body } = renderNotification(text, notification);
  const unread = notification.readAt === null;
  return (
    <li className="card" aria-labelledby={`notification-${notification.id}`}>
      <h2 id={`notification-${notification.id}`}>
        {unread && (
          <>
            <Badge>{t("unread")}</Badge>{" "}
          </>
        )}
        <Link href={notification.link}>{title}</Link>
      </h2>
      {body && <p className="multiline">{body}</p>}
      <div className="muted">
        <time dateTime={notification.createdAt.toISOString()}>{format.dateTime(notification.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
        {unread && (
          <>
            {" · "}
            <InlineActionButton
              action={markNotificationReadAction}
              fields={{ id: notification.id }}
              label={t("markRead")}
              accessibleName={t("markReadNamed", { title })}
              pendingLabel={t("markingRead")}
            />
          </>
        )}
      </div>
    </li>
  );
}

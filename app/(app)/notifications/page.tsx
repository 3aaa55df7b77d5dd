import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationItem } from "@/components/notifications/notification-item";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { ZPageQuery } from "@/lib/platform/api/pagination";
import { requireUser } from "@/lib/platform/auth/session";
import { listNotifications } from "@/lib/domain/notifications/list-notifications";
import { unreadCount } from "@/lib/domain/notifications/unread-count";
import { markAllNotificationsReadAction } from "@/lib/domain/notifications/actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Notifications"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The signed-in user's notification centre: newest first, unread ones marked, paged. */
export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser("/notifications");
  const params = await searchParams;
  const unreadOnly = first(params.unread) === "true";
  const paging = ZPageQuery.safeParse({ limit: first(params.limit), cursor: first(params.cursor) });
  const [page, unread, t] = await Promise.all([
    listNotifications(user, { ...(paging.success ? paging.data : { limit: 25 }), unreadOnly }),
    unreadCount(user),
    getTranslations("Notifications"),
  ]);
  const base = unreadOnly ? "/notifications?unread=true" : "/notifications";
  const older = page.page.nextCursor && `${base}${unreadOnly ? "&" : "?"}cursor=${encodeURIComponent(page.page.nextCursor)}`;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <div>
        <strong>{t("unreadCount", { count: unread })}</strong>
        {unread > 0 && (
          <>
            {" · "}
            <InlineActionButton action={markAllNotificationsReadAction} fields={{}} label={t("markAllRead")} accessibleName={t("markAllRead")} pendingLabel={t("markingAllRead")} />
          </>
        )}
      </div>
      <nav aria-label={t("filterLabel")} className="tabs">
        <Link href="/notifications" aria-current={unreadOnly ? undefined : "page"}>
          {t("showAll")}
        </Link>
        <Link href="/notifications?unread=true" aria-current={unreadOnly ? "page" : undefined}>
          {t("showUnread")}
        </Link>
      </nav>

      {page.data.length === 0 ? (
        <p>{unreadOnly ? t("noneUnread") : t("none")}</p>
      ) : (
        <ol className="card-list" aria-label={t("listLabel")}>
          {page.data.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} />
          ))}
        </ol>
      )}
      {(older || params.cursor) && (
        <p>
          {older && <Link href={older}>{t("older")}</Link>}
          {older && params.cursor && " · "}
          {params.cursor && <Link href={base}>{t("newest")}</Link>}
        </p>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { NotificationItem } from "@/components/notifications/notification-item";
import { NOTIFICATION_LIST } from "@/components/lists/notification-list";
import { Pager } from "@/components/lists/pager";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { loadListPage, readList, type SearchParams } from "@/lib/platform/api/list-query";
import { requireUser } from "@/lib/platform/auth/session";
import { listNotifications } from "@/lib/domain/notifications/list-notifications";
import { unreadCount } from "@/lib/domain/notifications/unread-count";
import { markAllNotificationsReadAction } from "@/lib/domain/notifications/actions";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Notifications"))("title") };
}

/** The signed-in user's notification centre: newest first, unread ones marked, paged. */
export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser("/notifications");
  const list = readList(NOTIFICATION_LIST, await searchParams);
  const unreadOnly = list.filter.unread === "true";
  const [page, unread, t] = await Promise.all([loadListPage(list, (page) => listNotifications(user, { ...page, unreadOnly })), unreadCount(user), getTranslations("Notifications")]);

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
      <Pager list={NOTIFICATION_LIST} read={list} nextCursor={page.page.nextCursor} />
    </>
  );
}

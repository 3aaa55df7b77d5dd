import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { unreadCount } from "@/lib/domain/notifications/unread-count";
import { SignOutButton } from "./sign-out-button";

/** The header's links: what the signed-in user's role opens, and signing in or out. */
export async function SiteNav() {
  const [user, t, tRole, tNotifications, tWork] = await Promise.all([getCurrentUser(), getTranslations("Nav"), getTranslations("Role"), getTranslations("Notifications"), getTranslations("MyWork")]);
  const unread = user ? await unreadCount(user) : 0;
  return (
    <nav aria-label={t("label")} className="site-nav">
      <Link href="/programs">{t("programs")}</Link>
      <Link href="/agreements">{t("agreements")}</Link>
      <Link href="/institutions">{t("institutions")}</Link>
      <Link href="/dashboard">{t("dashboard")}</Link>
      <Link href="/plans">{t("plans")}</Link>
      <Link href="/exchanges">{t("exchanges")}</Link>
      <Link href="/submissions">{t("submissions")}</Link>
      {user && <Link href="/my-work">{tWork("nav")}</Link>}
      {user && <Link href="/my-organisation">{t("myOrganisation")}</Link>}
      {can(user, "user.manage") && <Link href="/admin/users">{t("users")}</Link>}
      {can(user, "organisation.manage") && <Link href="/admin/organisations">{t("organisations")}</Link>}
      {can(user, "exchangeRate.manage") && <Link href="/admin/exchange-rates">{t("exchangeRates")}</Link>}
      {can(user, "audit.read") && <Link href="/audit">{t("audit")}</Link>}
      {user ? (
        <>
          <Link href="/notifications" aria-label={unread ? tNotifications("navUnreadLabel", { count: unread }) : undefined}>
            {unread ? tNotifications("navUnread", { count: unread }) : tNotifications("nav")}
          </Link>
          <Link href="/account">{t("account")}</Link>
          <Link href="/account/tokens">{t("tokens")}</Link>
          <span className="site-nav-user">{t("signedInAs", { name: user.name, role: tRole(user.role) })}</span>
          <SignOutButton label={t("signOut")} />
        </>
      ) : (
        <Link href="/sign-in">{t("signIn")}</Link>
      )}
    </nav>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { getNotificationPreferences } from "@/lib/domain/notifications/get-notification-preferences";
import { DEFAULT_DELIVERY, DELIVERIES, NOTIFICATION_KINDS } from "@/lib/domain/notifications/kinds";
import { chooseLocaleAction } from "@/lib/domain/users/locale-actions";
import { requireUser } from "@/lib/platform/auth/session";
import { timeZoneOptions } from "@/lib/platform/format/time-zones";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { LOCALE_NAMES } from "@/lib/platform/i18n/locales";
import { requestTimeZone } from "@/lib/platform/i18n/request-time-zone";
import styles from "./account.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [t, tZone, tNotify, locale, locales, { timeZone }, preferences] = await Promise.all([
    getTranslations("Account"),
    getTranslations("TimeZone"),
    getTranslations("NotificationPreferences"),
    getLocale(),
    availableLocales(),
    requestTimeZone(),
    getNotificationPreferences(user),
  ]);
  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <form action={chooseLocaleAction} className="form">
        <div className="field">
          <label htmlFor="field-locale">{t("language")}</label>
          <p id="locale-hint" className="field-hint">
            {t("languageHint")}
          </p>
          <select id="field-locale" name="locale" defaultValue={user.locale ?? locale} aria-describedby="locale-hint">
            {locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {LOCALE_NAMES[option]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("saveLanguage")}
        </button>
      </form>

      <TimeZoneForm
        zones={timeZoneOptions(locale)}
        current={timeZone}
        labels={{ label: tZone("label"), hint: tZone("hint"), save: tZone("save"), saving: tZone("saving") }}
      />

      <h2>{tNotify("title")}</h2>
      <p>{tNotify("intro")}</p>
      <NotificationPreferencesForm
        kinds={NOTIFICATION_KINDS}
        current={preferences}
        labels={{
          formLabel: tNotify("formLabel"),
          save: tNotify("save"),
          saving: tNotify("saving"),
          kinds: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, { legend: tNotify(`kind.${kind}`), suggested: tNotify("defaultNote", { delivery: tNotify(`delivery.${DEFAULT_DELIVERY[kind]}`) }) }])) as Record<(typeof NOTIFICATION_KINDS)[number], { legend: string; suggested: string }>,
          deliveries: Object.fromEntries(DELIVERIES.map((delivery) => [delivery, tNotify(`delivery.${delivery}`)])) as Record<(typeof DELIVERIES)[number], string>,
        }}
      />

      <h2>{t("tokens")}</h2>
      <p>
        <Link href="/account/tokens">{t("tokensHint")}</Link>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { chooseLocaleAction } from "@/lib/domain/users/locale-actions";
import { requireUser } from "@/lib/platform/auth/session";
import { timeZoneOptions } from "@/lib/platform/format/time-zones";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { LOCALE_NAMES } from "@/lib/platform/i18n/locales";
import { requestTimeZone } from "@/lib/platform/i18n/request-time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [t, tZone, locale, locales, { timeZone }] = await Promise.all([getTranslations("Account"), getTranslations("TimeZone"), getLocale(), availableLocales(), requestTimeZone()]);
  return (
    <>
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

      <h2>{t("tokens")}</h2>
      <p>
        <Link href="/account/tokens">{t("tokensHint")}</Link>
      </p>
    </>
  );
}

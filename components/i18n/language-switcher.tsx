import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { chooseLocaleAction } from "@/lib/domain/users/locale-actions";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { LOCALE_NAMES } from "@/lib/platform/i18n/locales";

/**
 * The header's choice of language, on every page: one button per language the app holds, each
 * named in its own language (and marked so, for screen readers), the current one marked. A plain
 * form, so it works by keyboard and without JavaScript.
 */
export async function LanguageSwitcher() {
  const [locale, locales, t] = await Promise.all([getLocale(), availableLocales(), getTranslations("LanguageSwitcher")]);
  if (locales.length < 2) return null;
  return (
    <form action={chooseLocaleAction} aria-label={t("label")} className="language-switcher">
      {locales.map((option) => (
        <button key={option} type="submit" name="locale" value={option} lang={option} className="link-button" aria-current={option === locale ? "true" : undefined}>
          {LOCALE_NAMES[option]}
        </button>
      ))}
    </form>
  );
}

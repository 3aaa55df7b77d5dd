import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/platform/i18n/locales";

/**
 * The language of an export's words, as a page would choose it, read from the request itself (an
 * export is an API route, also called by programs): the `lang` asked for, else the caller's own
 * choice on their account, else this browser's choice (the switcher's cookie), else
 * Accept-Language, else English.
 */
export async function exportLocale(request: Request, viewer: Viewer, asked?: Locale): Promise<Locale> {
  const available = await availableLocales();
  const offered = (value: unknown): value is Locale => isLocale(value) && available.includes(value);
  if (offered(asked)) return asked;
  if (offered(viewer?.locale)) return viewer.locale;
  const cookie = request.headers.get("cookie")?.split(";").map((part) => part.trim().split("=")).find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (offered(cookie)) return cookie;
  return negotiateLocale(request.headers.get("accept-language"), available);
}

import "server-only";
import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { logger } from "@/lib/platform/log";
import { availableLocales } from "./load-messages";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./locales";

/**
 * The language of this request, from the person and never the URL: the signed-in user's choice
 * (so it follows them to a new device), else the choice of this browser (the cookie the switcher
 * sets), else the browser's Accept-Language, else English. The user is the one the page loads
 * anyway (once per request), so this costs no query of its own.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const available = await availableLocales();
  const offered = (value: unknown): value is Locale => isLocale(value) && available.includes(value);
  const user = await signedInUser();
  if (offered(user?.locale)) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (offered(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"), available);
});

// The language must not take a page down with it: while the database is unreachable the error page
// is still shown, in the browser's language.
async function signedInUser() {
  try {
    return await getCurrentUser();
  } catch (error) {
    unstable_rethrow(error);
    logger.warn({ err: error }, "the signed-in user's language could not be read; using the browser's");
    return null;
  }
}

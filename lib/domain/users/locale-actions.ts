"use server";

import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { env } from "@/lib/platform/env";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { isLocale, LOCALE_COOKIE } from "@/lib/platform/i18n/locales";
import { logger } from "@/lib/platform/log";
import { setUserLocale } from "./set-user-locale";

const A_YEAR = 365 * 24 * 60 * 60;

/**
 * The language switcher's form, for anyone: remembers the choice in this browser and, for a
 * signed-in person, on their account. Setting the cookie makes Next.js render the page again, in
 * the new language. A language not offered changes nothing.
 */
export async function chooseLocaleAction(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale) || !(await availableLocales()).includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: A_YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: env().NEXTAUTH_URL.startsWith("https://"),
  });
  try {
    const user = await getCurrentUser();
    if (user) await setUserLocale(user, { locale });
  } catch (error) {
    // The browser keeps the choice; the account gets it the next time it is made.
    unstable_rethrow(error);
    logger.error({ err: error }, "the chosen language could not be saved on the account");
  }
}

"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { env } from "@/lib/platform/env";
import { problem } from "@/lib/platform/i18n/problem";
import { canonicalTimeZone, TIME_ZONE_COOKIE } from "@/lib/platform/i18n/time-zones";
import { logger } from "@/lib/platform/log";
import { setUserTimeZone } from "./set-user-time-zone";

const A_YEAR = 365 * 24 * 60 * 60;

/** The account page's choice of time zone; a zone not in the list is refused next to the field, in the reader's language. */
export const chooseTimeZoneAction = formAction(async ({ actor }, form) => {
  const timeZone = await setUserTimeZone(actor, formObject(form));
  // Every page after this one shows its moments in the new zone.
  revalidatePath("/", "layout");
  return { message: problem("TimeZoneProblem.saved"), result: { timeZone } };
});

/**
 * The zone this browser reports, sent once by components/account/detect-time-zone.tsx: kept in a
 * cookie for a visitor and, for a signed-in person whose account has no zone yet, on the account.
 * Setting the cookie makes Next.js render the page again, in that zone. Anything that is not a zone
 * changes nothing.
 */
export async function detectTimeZoneAction(reported: unknown): Promise<void> {
  const timeZone = canonicalTimeZone(reported);
  if (!timeZone) return;
  (await cookies()).set(TIME_ZONE_COOKIE, timeZone, {
    path: "/",
    maxAge: A_YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: env().NEXTAUTH_URL.startsWith("https://"),
  });
  try {
    const user = await getCurrentUser();
    if (user && !user.timeZone) await setUserTimeZone(user, { timeZone }, { ifUnset: true });
  } catch (error) {
    // The cookie keeps it for this browser; the account gets it on the next page.
    unstable_rethrow(error);
    logger.error({ err: error }, "the browser's time zone could not be saved on the account");
  }
}

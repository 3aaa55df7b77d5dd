"use server";

import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { problem } from "@/lib/platform/i18n/problem";
import { canonicalTimeZone } from "@/lib/platform/i18n/time-zones";
import { logger } from "@/lib/platform/log";
import { setUserTimeZone } from "./set-user-time-zone";

/** The account page's choice of time zone; a zone not in the list is refused next to the field, in the reader's language. */
export const chooseTimeZoneAction = formAction(async ({ actor }, form) => {
  const timeZone = await setUserTimeZone(actor, formObject(form));
  // Every page after this one shows its moments in the new zone.
  revalidatePath("/", "layout");
  return { message: problem("TimeZoneProblem.saved"), result: { timeZone } };
});

/**
 * The zone this browser reports (components/account/detect-time-zone.tsx, which also keeps it in
 * the "tz" cookie), saved on the signed-in person's account when it has none: never over a zone the
 * person chose or another device saved first. Anything that is not a zone changes nothing.
 */
export async function saveBrowserTimeZoneAction(reported: unknown): Promise<void> {
  const timeZone = canonicalTimeZone(reported);
  if (!timeZone) return;
  try {
    const user = await getCurrentUser();
    if (user && !user.timeZone) await setUserTimeZone(user, { timeZone }, { ifUnset: true });
  } catch (error) {
    // The cookie keeps it for this browser; the account gets it on a later page.
    unstable_rethrow(error);
    logger.error({ err: error }, "the browser's time zone could not be saved on the account");
  }
}

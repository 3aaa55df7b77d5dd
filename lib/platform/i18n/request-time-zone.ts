import "server-only";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { logger } from "@/lib/platform/log";
import { canonicalTimeZone, DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE } from "./time-zones";

export type RequestTimeZone = {
  timeZone: string;
  /** Where it comes from: the account, this browser's cookie, or nowhere yet (UTC). */
  source: "account" | "browser" | "default";
  signedIn: boolean;
};

/**
 * The time zone moments are shown in on this request: the signed-in person's (chosen on the account
 * page, or saved from their browser the first time), else this browser's (the cookie
 * components/account/detect-time-zone.tsx has it set), else UTC. The user is the one the page loads
 * anyway, so this costs no query of its own.
 */
export const requestTimeZone = cache(async (): Promise<RequestTimeZone> => {
  const user = await signedInUser();
  const saved = canonicalTimeZone(user?.timeZone);
  if (saved) return { timeZone: saved, source: "account", signedIn: true };
  const browser = canonicalTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  if (browser) return { timeZone: browser, source: "browser", signedIn: user !== null };
  return { timeZone: DEFAULT_TIME_ZONE, source: "default", signedIn: user !== null };
});

// As for the language: while the database is unreachable the error page is still shown.
async function signedInUser() {
  try {
    return await getCurrentUser();
  } catch (error) {
    unstable_rethrow(error);
    logger.warn({ err: error }, "the signed-in user's time zone could not be read; using the browser's");
    return null;
  }
}

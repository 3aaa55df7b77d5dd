import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";

export const ZUserLocale = z.object({ locale: z.enum(LOCALES, { error: problem("UserProblem.chooseLanguage") }) });

/**
 * Saves the language the signed-in person chose, on their own account, so that it follows them to
 * every device. A preference of one's own: no permission to check, no audit event, and it does not
 * make an administrator's open form of the account stale (the version stays).
 */
export async function setUserLocale(actor: Actor, input: unknown) {
  const { locale } = ZUserLocale.parse(input);
  await db().user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
  return locale;
}

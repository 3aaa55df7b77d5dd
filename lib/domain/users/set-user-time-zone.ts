import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { problem } from "@/lib/platform/i18n/problem";
import { canonicalTimeZone } from "@/lib/platform/i18n/time-zones";

/** An IANA time zone, under the name the list of zones uses ("Asia/Kolkata" is saved as "Asia/Calcutta"). */
export const ZTimeZone = z.string({ error: problem("TimeZoneProblem.invalid") }).transform((value, ctx) => {
  const zone = canonicalTimeZone(value.trim());
  if (zone) return zone;
  ctx.issues.push({ code: "custom", message: problem("TimeZoneProblem.invalid"), input: value });
  return z.NEVER;
});

export const ZUserTimeZone = z.object({ timeZone: ZTimeZone });

/**
 * Saves the time zone the signed-in person's dates and times are shown in, on their own account. A
 * preference of one's own, like the language: no permission, no audit event, the version stays.
 * `ifUnset` is for the zone a browser reports: it fills an account that has none, and never
 * overrides one the person chose (or another device saved first).
 */
export async function setUserTimeZone(actor: Actor, input: unknown, { ifUnset = false }: { ifUnset?: boolean } = {}) {
  const { timeZone } = ZUserTimeZone.parse(input);
  await db().user.updateMany({ where: { id: actor.id, ...(ifUnset && { timeZone: null }) }, data: { timeZone } });
  return timeZone;
}

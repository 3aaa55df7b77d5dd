import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { isLocale } from "@/lib/platform/i18n/locales";
import { noteRequestUser } from "@/lib/platform/metrics/request-user";

/** The user as an Actor, freshly read; null when the account does not exist or is disabled. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      timeZone: true,
      disabled: true,
      organisation: { select: { id: true, name: true, countryCode: true } },
    },
  });
  if (!user || user.disabled) return null;
  noteRequestUser(user.id);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: user.organisation.id,
    organisationName: user.organisation.name,
    countryCode: user.organisation.countryCode,
    locale: isLocale(user.locale) ? user.locale : null,
    timeZone: user.timeZone,
  };
}

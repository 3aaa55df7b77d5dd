import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { negotiateLocale } from "@/lib/platform/i18n/locales";
import { renderNotification, type NotificationTranslator } from "./notification-message";
import { recipientTranslator } from "./recipient-translator";

type Stored = { messageKey: string; messageValues: unknown };

/** Each notification with its title and body in the translator's language, beside the key and values it was stored as. */
export function withText<T extends Stored>(rows: T[], t: NotificationTranslator): (T & { title: string; body: string })[] {
  return rows.map((row) => ({ ...row, ...renderNotification(t, row) }));
}

/**
 * The NotificationText translator of an API caller: the language they chose in the app, else the
 * request's Accept-Language, else English, as for a page.
 */
export async function apiNotificationTranslator(viewer: Viewer, acceptLanguage: string | null): Promise<NotificationTranslator> {
  const locale = viewer?.locale ?? negotiateLocale(acceptLanguage, await availableLocales());
  return (await recipientTranslator(locale, "NotificationText")).t;
}

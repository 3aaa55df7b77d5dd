import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { negotiateLocale, type Locale } from "@/lib/platform/i18n/locales";
import { renderNotification, type NotificationTranslator } from "./notification-message";
import { recipientLocale, recipientTranslator } from "./recipient-translator";

type Stored = { messageKey: string; messageValues: unknown };

/** Each notification with its title and body in the translator's language, beside the key and values it was stored as. */
export function withText<T extends Stored>(rows: T[], t: NotificationTranslator): (T & { title: string; body: string })[] {
  return rows.map((row) => ({ ...row, ...renderNotification(t, row) }));
}

/**
 * The language notifications are written in for an API caller: the request's Accept-Language when
 * the client sends one (as the API's error messages are), else the language the caller chose in the
 * app, else English.
 */
export async function apiNotificationLocale(viewer: Viewer, acceptLanguage: string | null): Promise<Locale> {
  if (acceptLanguage?.trim()) return negotiateLocale(acceptLanguage, await availableLocales());
  return recipientLocale(viewer?.locale);
}

/** The NotificationText translator of that language. */
export async function notificationTranslator(locale: Locale): Promise<NotificationTranslator> {
  return (await recipientTranslator(locale, "NotificationText")).t;
}

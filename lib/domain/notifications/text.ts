import "server-only";
import { createTranslator } from "next-intl";
import messages from "@/lib/platform/i18n/messages/en/notifications.json";

/**
 * The wording of notifications the worker writes (reminders, emails). They are stored as text when
 * created, outside any request, so they are written in the default language from the same message
 * file the pages use.
 */
export const notificationText = createTranslator({ locale: "en", messages, namespace: "NotificationText" });

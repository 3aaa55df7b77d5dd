import { z } from "zod";
import { problem } from "@/lib/platform/i18n/problem";
import { DELIVERIES, NOTIFICATION_KINDS, type PreferenceKind } from "./kinds";

/** The list's filter in a query string: `?unread=true` for unread ones only. */
export const ZNotificationFilter = z.object({
  unread: z
    .enum(["true", "false"], { error: problem("NotificationProblem.unreadFilter") })
    .optional()
    .transform((value) => value === "true"),
});

/**
 * The account page's choice of delivery for each kind of notification (a field per kind, named by
 * it): every kind must be answered, with EMAIL, DIGEST or IN_APP. Any other field is ignored.
 */
const ZDelivery = z.enum(DELIVERIES, { error: problem("NotificationProblem.delivery") });

export const ZNotificationPreferences = z.object(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, ZDelivery])) as Record<PreferenceKind, typeof ZDelivery>, {
  error: problem("NotificationProblem.preferences"),
});

import { z } from "zod";
import { problem } from "@/lib/platform/i18n/problem";

/** The list's filter in a query string: `?unread=true` for unread ones only. */
export const ZNotificationFilter = z.object({
  unread: z
    .enum(["true", "false"], { error: problem("NotificationProblem.unreadFilter") })
    .optional()
    .transform((value) => value === "true"),
});

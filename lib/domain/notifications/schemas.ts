import { z } from "zod";

/** The list's filter in a query string: `?unread=true` for unread ones only. */
export const ZNotificationFilter = z.object({
  unread: z
    .enum(["true", "false"], { error: "unread must be true or false" })
    .optional()
    .transform((value) => value === "true"),
});

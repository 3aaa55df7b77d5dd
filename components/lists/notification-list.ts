import "server-only";
import { z } from "zod";
import { choice, defineListFilters } from "@/lib/platform/api/list-query";

/**
 * The notification centre: all or only the unread ones (chosen with tabs, not a form), newest
 * first, with links to older ones and back to the newest.
 */
export const NOTIFICATION_LIST = defineListFilters(
  { unread: choice(["true"], () => "showUnread") },
  z.object({ unread: z.literal("true").optional() }),
  { path: "/notifications", form: "notifications", namespace: "Notifications", paging: "keyset", messages: { pages: null, first: "newest", next: "older" } },
);

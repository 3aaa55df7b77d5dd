import type { NotificationDelivery, NotificationKind } from "@/lib/platform/db/generated/enums";

// Plain data, read by the account page and its form as well as by the server.

/** Every kind of notification, in the order the account page offers a choice for each. */
export const NOTIFICATION_KINDS = [
  "PARTICIPATION_REQUEST",
  "CIVIL_SOCIETY_COMMENT",
  "COMMENT",
  "PLAN_SUBMITTED",
  "PLAN_REVIEWED",
  "MEASURE_DUE",
  "MEASURE_OVERDUE",
  "SUBMISSION_FILED",
  "SUBMISSION_MOVED",
  "SUBMISSION_DUE",
  "SUBMISSION_OVERDUE",
] as const satisfies readonly NotificationKind[];

export const DELIVERIES = ["EMAIL", "DIGEST", "IN_APP"] as const satisfies readonly NotificationDelivery[];

/**
 * How a kind is delivered to someone who has not chosen. The kinds that existed before the choice
 * keep their email each. A participation request waits for the ministry's answer: an email each.
 * Civil-society comments can come many a day: one daily digest. Everything about a public
 * submission has a deadline or a person waiting behind it: an email each.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  PARTICIPATION_REQUEST: "EMAIL",
  CIVIL_SOCIETY_COMMENT: "DIGEST",
  COMMENT: "EMAIL",
  PLAN_SUBMITTED: "EMAIL",
  PLAN_REVIEWED: "EMAIL",
  MEASURE_DUE: "EMAIL",
  MEASURE_OVERDUE: "EMAIL",
  SUBMISSION_FILED: "EMAIL",
  SUBMISSION_MOVED: "EMAIL",
  SUBMISSION_DUE: "EMAIL",
  SUBMISSION_OVERDUE: "EMAIL",
};

export type Delivery = (typeof DELIVERIES)[number];
export type PreferenceKind = (typeof NOTIFICATION_KINDS)[number];

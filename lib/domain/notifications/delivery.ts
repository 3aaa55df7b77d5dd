import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { EmailStatus, NotificationDelivery, NotificationKind } from "@/lib/platform/db/generated/enums";

/** Every kind of notification, in the order the account page offers a choice for each. */
export const NOTIFICATION_KINDS = [
  "PARTICIPATION_REQUEST",
  "CIVIL_SOCIETY_COMMENT",
  "COMMENT",
  "PLAN_SUBMITTED",
  "PLAN_REVIEWED",
  "MEASURE_DUE",
  "MEASURE_OVERDUE",
] as const satisfies readonly NotificationKind[];

export const DELIVERIES = ["EMAIL", "DIGEST", "IN_APP"] as const satisfies readonly NotificationDelivery[];

/**
 * How a kind is delivered to someone who has not chosen. The kinds that existed before the choice
 * keep their email each. A participation request waits for the ministry's answer: an email each.
 * Civil-society comments can come many a day: one daily digest.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  PARTICIPATION_REQUEST: "EMAIL",
  CIVIL_SOCIETY_COMMENT: "DIGEST",
  COMMENT: "EMAIL",
  PLAN_SUBMITTED: "EMAIL",
  PLAN_REVIEWED: "EMAIL",
  MEASURE_DUE: "EMAIL",
  MEASURE_OVERDUE: "EMAIL",
};

const STATUS: Record<NotificationDelivery, EmailStatus> = { EMAIL: "PENDING", DIGEST: "DIGEST", IN_APP: "NONE" };

/** The email status each user's new notification of `kind` starts with, by their choice for the kind (or its default). */
export async function emailStatusesOf(tx: DbTx, userIds: string[], kind: NotificationKind): Promise<Map<string, EmailStatus>> {
  const chosen = await tx.notificationPreference.findMany({ where: { userId: { in: userIds }, kind }, select: { userId: true, delivery: true } });
  const byUser = new Map(chosen.map((row) => [row.userId, row.delivery]));
  return new Map(userIds.map((id) => [id, STATUS[byUser.get(id) ?? DEFAULT_DELIVERY[kind]]]));
}

import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { EmailStatus, NotificationDelivery, NotificationKind } from "@/lib/platform/db/generated/enums";
import { DEFAULT_DELIVERY } from "./kinds";

const STATUS: Record<NotificationDelivery, EmailStatus> = { EMAIL: "PENDING", DIGEST: "DIGEST", IN_APP: "NONE" };

/** The email status each user's new notification of `kind` starts with, by their choice for the kind (or its default). */
export async function emailStatusesOf(tx: DbTx, userIds: string[], kind: NotificationKind): Promise<Map<string, EmailStatus>> {
  const chosen = await tx.notificationPreference.findMany({ where: { userId: { in: userIds }, kind }, select: { userId: true, delivery: true } });
  const byUser = new Map(chosen.map((row) => [row.userId, row.delivery]));
  return new Map(userIds.map((id) => [id, STATUS[byUser.get(id) ?? DEFAULT_DELIVERY[kind]]]));
}

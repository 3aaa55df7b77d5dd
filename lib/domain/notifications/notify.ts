import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { NotificationKind, Role } from "@/lib/platform/db/generated/enums";
import { emailStatusesOf } from "./delivery";
import type { NotificationKey, NotificationValues } from "./notification-message";

/**
 * Who is told: every active analyst, the active users of an organisation (those of one role, when
 * `role` is given), or the followers of a record.
 */
export type Audience =
  | { analysts: true }
  | { organisationId: string; role?: Role }
  | { followersOf: { entityType: "CooperationProgram" | "Plan"; entityId: string } }
  | { userIds: string[] };

export type NewNotification = {
  kind: NotificationKind;
  /** What it says, written in each reader's language only when read (see notification-message.ts). */
  messageKey: NotificationKey;
  messageValues: NotificationValues;
  /** A path inside the app. */
  link: string;
  /**
   * Names the occurrence, the same for everyone told of it: a second notification with the same key
   * for the same user is not created, so a job run twice or retried never repeats itself.
   */
  dedupeKey: string;
};

async function recipients(tx: DbTx, audience: Audience): Promise<string[]> {
  if ("userIds" in audience) return audience.userIds;
  const where =
    "analysts" in audience
      ? { role: "ANALYST" as const }
      : "organisationId" in audience
        ? { organisationId: audience.organisationId, ...(audience.role && { role: audience.role }) }
        : { follows: { some: { entityType: audience.followersOf.entityType, entityId: audience.followersOf.entityId } } };
  const users = await tx.user.findMany({ where: { ...where, disabled: false }, select: { id: true } });
  return users.map((user) => user.id);
}

/**
 * Puts a notification in the centre of everyone in `audience` except `exceptUserId` (who caused it),
 * inside the caller's transaction, so that it exists exactly when the change it tells of does. When
 * SMTP is configured, each user's choice for the kind (delivery.ts) decides its email: queued now
 * (`emailStatus` PENDING, the worker sends it), kept for the daily digest (DIGEST), or none. Returns
 * the ids of the notifications created (none for users who already had this one).
 */
export async function notify(tx: DbTx, audience: Audience, notification: NewNotification, { exceptUserId }: { exceptUserId?: string | null } = {}): Promise<string[]> {
  const userIds = [...new Set(await recipients(tx, audience))].filter((id) => id !== exceptUserId);
  if (!userIds.length) return [];
  const statuses = process.env.SMTP_URL ? await emailStatusesOf(tx, userIds, notification.kind) : new Map<string, never>();
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, emailStatus: statuses.get(userId) ?? "NONE", ...notification })),
    skipDuplicates: true,
    select: { id: true },
  });
  return created.map((row) => row.id);
}

import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { NotificationKind } from "@/lib/platform/db/generated/enums";
import type { NotificationKey, NotificationValues } from "./notification-message";

/** Who is told: every active analyst, the active users of an organisation, or the followers of a record. */
export type Audience =
  | { analysts: true }
  | { organisationId: string }
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
        ? { organisationId: audience.organisationId }
        : { follows: { some: { entityType: audience.followersOf.entityType, entityId: audience.followersOf.entityId } } };
  const users = await tx.user.findMany({ where: { ...where, disabled: false }, select: { id: true } });
  return users.map((user) => user.id);
}

/**
 * Puts a notification in the centre of everyone in `audience` except `exceptUserId` (who caused it),
 * inside the caller's transaction, so that it exists exactly when the change it tells of does. Its
 * email is queued when SMTP is configured (`emailStatus` PENDING); the worker sends it. Returns the
 * ids of the notifications created (none for users who already had this one).
 */
export async function notify(tx: DbTx, audience: Audience, notification: NewNotification, { exceptUserId }: { exceptUserId?: string | null } = {}): Promise<string[]> {
  const userIds = [...new Set(await recipients(tx, audience))].filter((id) => id !== exceptUserId);
  if (!userIds.length) return [];
  const emailStatus = process.env.SMTP_URL ? "PENDING" : "NONE";
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, emailStatus, ...notification })),
    skipDuplicates: true,
    select: { id: true },
  });
  return created.map((row) => row.id);
}

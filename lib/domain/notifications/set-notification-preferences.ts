import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { NOTIFICATION_KINDS, type Delivery, type PreferenceKind } from "./kinds";
import { ZNotificationPreferences } from "./schemas";

/**
 * Saves how the signed-in person is told of each kind of notification, on their own account only
 * (whatever the input says, no one else's is touched). A preference of one's own, like the
 * language: no permission, no audit event. All kinds are answered and saved in one transaction, or
 * nothing is. Notifications already made keep the delivery they were made with.
 */
export async function setNotificationPreferences(actor: Actor, input: unknown): Promise<Record<PreferenceKind, Delivery>> {
  const chosen = ZNotificationPreferences.parse(input);
  await db().$transaction(
    NOTIFICATION_KINDS.map((kind) =>
      db().notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, delivery: chosen[kind] },
        update: { delivery: chosen[kind] },
      }),
    ),
  );
  return chosen;
}

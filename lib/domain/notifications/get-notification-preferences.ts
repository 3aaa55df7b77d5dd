import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, type Delivery, type PreferenceKind } from "./kinds";

/** The signed-in person's delivery for each kind of notification: their choice, else the kind's default. */
export async function getNotificationPreferences(actor: Actor): Promise<Record<PreferenceKind, Delivery>> {
  const chosen = await db().notificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, delivery: true } });
  const byKind = new Map(chosen.map((row) => [row.kind, row.delivery]));
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, byKind.get(kind) ?? DEFAULT_DELIVERY[kind]])) as Record<PreferenceKind, Delivery>;
}

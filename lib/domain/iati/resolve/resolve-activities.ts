import "server-only";
import type { Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { ReadActivity } from "../read/types";
import { loadReference } from "./reference";
import { resolveActivity } from "./resolve-activity";
import type { ResolvedActivity } from "./types";

/**
 * Works out, against the database as it is now, what confirming each activity would do: new or
 * update (by iati-identifier), in which agreement, with which organisations, and every problem with
 * it. Nothing is written. What the activities need of the database is read once, for all of them
 * (lib/domain/iati/resolve/reference.ts); each activity is then resolved in steps (resolve-activity.ts).
 */
export async function resolveActivities(tx: DbTx, actor: Actor, activities: ReadActivity[], defaultAgreementId: string | null): Promise<ResolvedActivity[]> {
  const reference = await loadReference(tx, actor, activities, defaultAgreementId);
  return activities.map((read) => resolveActivity(read, actor, reference, defaultAgreementId));
}

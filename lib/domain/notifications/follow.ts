import "server-only";
import type { DbTx } from "@/lib/platform/db";

/** `userId` follows the record, so that they hear of new comments on it (nothing happens if they already do). */
export async function follow(tx: DbTx, userId: string, entity: { entityType: "CooperationProgram" | "Plan"; entityId: string }): Promise<void> {
  await tx.follow.createMany({ data: [{ userId, ...entity }], skipDuplicates: true });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZUpdateEvent } from "@/lib/domain/participation/schemas";
import { EVENT_SELECT, eventColumns, loadManagedEvent } from "./event-rules";

export async function updateEvent(ctx: ActionContext, eventId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor, event: before } = await loadManagedEvent(tx, ctx.actor, eventId);
    const { version, ...data } = ZUpdateEvent.parse(input);
    return updateVersioned(tx, ctx, {
      record: "event",
      before,
      version,
      write: () => tx.event.updateMany({ where: { id: eventId, version, program: programActWhere(actor) }, data: { ...eventColumns(data), version: { increment: 1 } } }),
      read: () => tx.event.findUnique({ where: { id: eventId }, select: EVENT_SELECT }),
      audit: { action: "event.update", entityType: "CooperationProgram", entityId: before.programId, as: (event) => ({ event }) },
    });
  });
}

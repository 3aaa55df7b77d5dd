import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZCreateEvent } from "@/lib/domain/participation/schemas";
import { EVENT_SELECT, eventColumns } from "./event-rules";

export async function createEvent(ctx: ActionContext, programId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    await loadProgramForChange(tx, ctx.actor, programId, "event.manage");
    const data = ZCreateEvent.parse(input);
    const created = await tx.event.create({ data: { programId, ...eventColumns(data) }, select: EVENT_SELECT });
    await auditOnProgram(tx, ctx, programId, "event.create", { after: { event: created } });
    return created;
  });
}

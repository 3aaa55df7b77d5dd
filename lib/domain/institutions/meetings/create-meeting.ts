import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZCreateMeeting } from "@/lib/domain/agreements/schemas";
import { MEETING_SELECT, assertMayManageMeetings } from "./meeting-rules";

/** Records a meeting of an institution with its decisions, numbered in the order given. */
export async function createMeeting(ctx: ActionContext, input: unknown) {
  requirePermission(ctx.actor, "meeting.manage");
  const { decisions, ...fields } = ZCreateMeeting.parse(input);
  return db().$transaction(async (tx) => {
    await assertMayManageMeetings(tx, ctx.actor, fields.institutionId);
    const created = await tx.meeting.create({
      data: { ...fields, decisions: { create: decisions.map((text, index) => ({ position: index + 1, text })) } },
      select: MEETING_SELECT,
    });
    await recordAuditEvent(tx, ctx, { action: "meeting.create", entityType: "Meeting", entityId: created.id, after: created });
    return created;
  });
}

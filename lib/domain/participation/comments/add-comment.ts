import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission, requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { follow } from "@/lib/domain/notifications/follow";
import { notify } from "@/lib/domain/notifications/notify";
import { ZCommentBody } from "@/lib/domain/participation/schemas";
import { assertTargetReadable, COMMENT_SELECT, commentAudit, commentSnapshot, type CommentTarget } from "./comment-rules";

const followed = (target: CommentTarget) =>
  "programId" in target ? ({ entityType: "CooperationProgram", entityId: target.programId } as const) : ({ entityType: "Plan", entityId: target.planId } as const);

/**
 * Writes a comment on a program or plan; whoever follows it hears of it, and the author now follows
 * it. A civil-society comment on a program is also told to the ministry that reports the program.
 */
export async function addComment(ctx: ActionContext, target: CommentTarget, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  requirePermission(actor, "comment.create");
  const { body } = ZCommentBody.parse(input);
  return db().$transaction(async (tx) => {
    const { title, reportingOrganisationId } = await assertTargetReadable(tx, actor, target);
    const created = await tx.comment.create({ data: { authorId: actor.id, body, ...target }, select: COMMENT_SELECT });
    await recordAuditEvent(tx, ctx, { ...commentAudit(created, "comment.create"), after: commentSnapshot(created) });
    const excerpt = body.length > 300 ? `${body.slice(0, 299)}…` : body;
    const link = "programId" in target ? `/programs/${target.programId}?tab=comments#comment-${created.id}` : `/plans/${target.planId}#comment-${created.id}`;
    const dedupeKey = `comment:${created.id}`;
    // Civil society speaking on a program concerns the ministry that reports it. Told first, under
    // the same dedupe key, so that its users who also follow the program are told once, of this.
    if (actor.role === "CIVIL_SOCIETY" && reportingOrganisationId) {
      await notify(
        tx,
        { organisationId: reportingOrganisationId, role: "GOVERNMENT" },
        { kind: "CIVIL_SOCIETY_COMMENT", messageKey: "civilSocietyComment", messageValues: { author: actor.name, organisation: actor.organisationName, target: title, excerpt }, link, dedupeKey },
        { exceptUserId: actor.id },
      );
    }
    // Whoever follows the program or plan hears of it; writing a comment follows it.
    const entity = followed(target);
    await notify(tx, { followersOf: entity }, { kind: "COMMENT", messageKey: "comment", messageValues: { author: actor.name, target: title, excerpt }, link, dedupeKey }, { exceptUserId: actor.id });
    await follow(tx, actor.id, entity);
    return created;
  });
}

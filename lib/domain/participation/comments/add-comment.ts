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

/** Writes a comment on a program or plan; whoever follows it hears of it, and the author now follows it. */
export async function addComment(ctx: ActionContext, target: CommentTarget, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  requirePermission(actor, "comment.create");
  const { body } = ZCommentBody.parse(input);
  return db().$transaction(async (tx) => {
    const { title } = await assertTargetReadable(tx, actor, target);
    const created = await tx.comment.create({ data: { authorId: actor.id, body, ...target }, select: COMMENT_SELECT });
    await recordAuditEvent(tx, ctx, { ...commentAudit(created, "comment.create"), after: commentSnapshot(created) });
    // Whoever follows the program or plan hears of it; writing a comment follows it.
    const entity = followed(target);
    await notify(
      tx,
      { followersOf: entity },
      {
        kind: "COMMENT",
        messageKey: "comment",
        messageValues: { author: actor.name, target: title, excerpt: body.length > 300 ? `${body.slice(0, 299)}…` : body },
        link: "programId" in target ? `/programs/${target.programId}?tab=comments#comment-${created.id}` : `/plans/${target.planId}#comment-${created.id}`,
        dedupeKey: `comment:${created.id}`,
      },
      { exceptUserId: actor.id },
    );
    await follow(tx, actor.id, entity);
    return created;
  });
}

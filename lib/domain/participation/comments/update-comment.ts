import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZUpdateComment } from "@/lib/domain/participation/schemas";
import { COMMENT_SELECT, commentAudit, commentSnapshot, loadChangeableComment } from "./comment-rules";

/** Its author edits a comment within the edit window; an ADMIN at any time. */
export async function updateComment(ctx: ActionContext, commentId: string, input: unknown, now = new Date()) {
  const actor = requireSignedIn(ctx.actor);
  const { version, body } = ZUpdateComment.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadChangeableComment(tx, actor, commentId, now);
    return updateVersioned(tx, ctx, {
      record: "comment",
      before,
      version,
      write: () => tx.comment.updateMany({ where: { id: commentId, version, deletedAt: null }, data: { body, version: { increment: 1 } } }),
      read: () => tx.comment.findUnique({ where: { id: commentId }, select: COMMENT_SELECT }),
      audit: { ...commentAudit(before, "comment.update"), as: commentSnapshot },
    });
  });
}

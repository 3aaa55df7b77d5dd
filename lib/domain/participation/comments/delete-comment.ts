import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { COMMENT_SELECT, commentAudit, commentSnapshot, loadChangeableComment } from "./comment-rules";

/**
 * Removes a comment's text and keeps its place ("deleted"): the row stays, so the removal is an
 * update of it, but it is recorded as a deletion; the audit trail keeps the text.
 */
export async function deleteComment(ctx: ActionContext, commentId: string, version: unknown, now = new Date()) {
  const actor = requireSignedIn(ctx.actor);
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const before = await loadChangeableComment(tx, actor, commentId, now);
    await deleteVersioned(tx, ctx, {
      record: "comment",
      before,
      version: seen,
      remove: () => tx.comment.updateMany({ where: { id: commentId, version: seen, deletedAt: null }, data: { body: "", deletedAt: now, version: { increment: 1 } } }),
      read: () => tx.comment.findUnique({ where: { id: commentId }, select: COMMENT_SELECT }),
      audit: { ...commentAudit(before, "comment.delete"), as: commentSnapshot },
    });
  });
}

import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { addCommentAction, deleteCommentAction, updateCommentAction } from "@/lib/domain/participation/actions";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import type { Actor } from "@/lib/platform/authz";
import type { CommentTarget } from "@/lib/domain/participation/comments/comment-rules";
import { listComments } from "@/lib/domain/participation/comments/list-comments";
import { COMMENT_EDIT_MINUTES } from "@/lib/domain/participation/schemas";

/**
 * The comments on a program or plan for signed-in readers, oldest first. Text is shown exactly as written:
 * React escapes it, so markup in a comment is displayed, never run. Authors edit or delete their own
 * comments for a while after writing them.
 */
export async function Comments({ viewer, target, cursor, laterHref }: { viewer: Actor; target: CommentTarget; cursor?: string; laterHref: (cursor: string) => string }) {
  const [t, tAccessible, format, page] = await Promise.all([getTranslations("Participation"), getTranslations("Accessible"), getFormatter(), listComments(viewer, target, { limit: 100, cursor })]);
  const comments = page.data;
  const hidden: Record<string, string> = "programId" in target ? { programId: target.programId } : { planId: target.planId };
  return (
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">{t("commentsTitle")}</h2>
      {comments.length === 0 ? (
        <p>{t("noComments")}</p>
      ) : (
        <ol className="card-list">
          {comments.map((comment) => (
            <li key={comment.id} className="card" id={`comment-${comment.id}`}>
              <p className="comment-meta">
                <strong>{comment.author.name}</strong> ({comment.author.organisation}) ·{" "}
                <time dateTime={comment.createdAt.toISOString()}>{format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                {comment.version > 1 && !comment.deletedAt && ` · ${t("edited")}`}
              </p>
              {comment.deletedAt ? <p className="muted">{t("commentDeleted")}</p> : <p className="multiline">{comment.body}</p>}
              {comment.mayChange && (
                <>
                  <details>
                    <summary>{t("editComment")}</summary>
                    <RecordForm
                      action={updateCommentAction}
                      hidden={{ ...hidden, commentId: comment.id, version: String(comment.version) }}
                      label={tAccessible("editCommentNamed", { author: comment.author.name, date: format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                      submitLabel={t("saveComment")}
                      pendingLabel={t("saving")}
                      fields={[{ name: "body", label: t("comment"), kind: "textarea", required: true, defaultValue: comment.body }]}
                    />
                  </details>
                  <InlineActionButton
                    action={deleteCommentAction}
                    fields={{ ...hidden, commentId: comment.id, version: String(comment.version) }}
                    label={t("deleteComment")}
                    accessibleName={t("deleteCommentNamed", { author: comment.author.name })}
                    pendingLabel={t("deleting")}
                  />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {page.page.nextCursor && (
        <p>
          <Link href={laterHref(page.page.nextCursor)}>{t("laterComments")}</Link>
        </p>
      )}
      <RecordForm
        action={addCommentAction}
        hidden={hidden}
        label={t("addComment")}
        submitLabel={t("addComment")}
        pendingLabel={t("saving")}
        fields={[{ name: "body", label: t("comment"), kind: "textarea", required: true, hint: t("commentHint", { minutes: COMMENT_EDIT_MINUTES }) }]}
      />
    </section>
  );
}

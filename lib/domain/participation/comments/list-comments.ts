import "server-only";
import { keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { requireSignedIn, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { assertTargetReadable, COMMENT_SELECT, mayChangeComment, type CommentTarget } from "./comment-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * The comments on a program or plan, oldest first and paged by keyset, for signed-in readers of it.
 * A deleted comment keeps its place with its body removed. `mayChange` says whether the viewer may
 * still edit or delete it.
 */
export async function listComments(viewer: Viewer, target: CommentTarget, { limit, cursor }: TPageQuery = { limit: 100 }, now = new Date()) {
  const actor = requireSignedIn(viewer);
  await assertTargetReadable(db(), actor, target);
  const where = "programId" in target ? { programId: target.programId } : { planId: target.planId };
  if (cursor && !(await db().comment.count({ where: { ...where, id: cursor } }))) {
    throw new AppError("INVALID_INPUT", problem("ChoiceProblems.pagingInvalid"), { fieldErrors: { cursor: [problem("ChoiceProblems.cursorUnknown")] } });
  }
  const rows = await db().comment.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...keysetArgs({ limit, cursor }),
    select: COMMENT_SELECT,
  });
  const page = toPage(rows, limit, (row) => row.id);
  return {
    ...page,
    data: page.data.map(({ author, ...comment }) => ({
      ...comment,
      body: comment.deletedAt ? "" : comment.body,
      author: { id: author.id, name: author.name, organisation: author.organisation.name },
      mayChange: !comment.deletedAt && mayChangeComment(actor, author.id, comment.createdAt, now),
    })),
  };
}

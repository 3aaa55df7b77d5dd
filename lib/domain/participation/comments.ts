import "server-only";
import { toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { planReadWhere, programReadWhere, type Actor, type Viewer, requirePermission, requireSignedIn } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { follow } from "@/lib/domain/notifications/follow";
import { notify } from "@/lib/domain/notifications/notify";
import { COMMENT_EDIT_MINUTES, ZCommentBody, ZUpdateComment } from "@/lib/domain/participation/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";

/** What a comment is on: a program or a plan. */
export type CommentTarget = { programId: string } | { planId: string };

const COMMENT_SELECT = {
  id: true,
  programId: true,
  planId: true,
  body: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true, organisation: { select: { name: true } } } },
} as const;

const EDIT_WINDOW_MS = COMMENT_EDIT_MINUTES * 60_000;

/** Whether the author may still edit or delete a comment written at `createdAt`. */
export function withinEditWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MS;
}

/** The target, which must exist and be readable by the viewer; otherwise it is not found. */
async function assertTargetReadable(tx: DbTx, viewer: Actor, target: CommentTarget): Promise<{ title: string }> {
  const found =
    "programId" in target
      ? await tx.cooperationProgram.findFirst({ where: { AND: [{ id: target.programId }, programReadWhere(viewer)] }, select: { title: true } })
      : await tx.plan.findFirst({ where: { AND: [{ id: target.planId }, planReadWhere(viewer)] }, select: { title: true } });
  if (!found) throw new AppError("NOT_FOUND", "programId" in target ? "No program with this id is visible to you." : "No plan with this id is visible to you.");
  return found;
}

const followed = (target: CommentTarget) =>
  "programId" in target ? ({ entityType: "CooperationProgram", entityId: target.programId } as const) : ({ entityType: "Plan", entityId: target.planId } as const);

// Comments are recorded on what they are about, so that its history shows them.
const audit = (tx: DbTx, ctx: ActionContext, comment: { programId: string | null; planId: string | null }, action: string, entry: { before?: unknown; after?: unknown }) =>
  recordAuditEvent(tx, ctx, {
    action,
    entityType: comment.programId ? "CooperationProgram" : "Plan",
    entityId: (comment.programId ?? comment.planId)!,
    ...entry,
  });

const snapshot = (comment: { id: string; body: string; author: { name: string } }) => ({ comment: { id: comment.id, author: comment.author.name, body: comment.body } });

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
    throw new AppError("INVALID_INPUT", "Invalid paging parameters.", { fieldErrors: { cursor: ["cursor is not one this API gave out"] } });
  }
  const rows = await db().comment.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: COMMENT_SELECT,
  });
  const page = toPage(rows, limit, (row) => row.id);
  return {
    ...page,
    data: page.data.map(({ author, ...comment }) => ({
      ...comment,
      body: comment.deletedAt ? "" : comment.body,
      author: { id: author.id, name: author.name, organisation: author.organisation.name },
      mayChange: !comment.deletedAt && mayChange(actor, author.id, comment.createdAt, now),
    })),
  };
}

function mayChange(actor: Actor, authorId: string, createdAt: Date, now: Date) {
  return actor.role === "ADMIN" || (actor.id === authorId && withinEditWindow(createdAt, now));
}

export async function createComment(ctx: ActionContext, target: CommentTarget, input: unknown) {
  const actor = requireSignedIn(ctx.actor);
  requirePermission(actor, "comment.create");
  const { body } = ZCommentBody.parse(input);
  return db().$transaction(async (tx) => {
    const { title } = await assertTargetReadable(tx, actor, target);
    const created = await tx.comment.create({ data: { authorId: actor.id, body, ...target }, select: COMMENT_SELECT });
    await audit(tx, ctx, created, "comment.create", { after: snapshot(created) });
    // Whoever follows the program or plan hears of it; writing a comment follows it.
    const entity = followed(target);
    await notify(
      tx,
      { followersOf: entity },
      {
        kind: "COMMENT",
        title: `${actor.name} commented on ${title}`,
        body: body.length > 300 ? `${body.slice(0, 299)}…` : body,
        link: "programId" in target ? `/programs/${target.programId}?tab=comments#comment-${created.id}` : `/plans/${target.planId}#comment-${created.id}`,
        dedupeKey: `comment:${created.id}`,
      },
      { exceptUserId: actor.id },
    );
    await follow(tx, actor.id, entity);
    return created;
  });
}

/**
 * The comment, which the actor must be allowed to change: its author within the edit window, or
 * an ADMIN (who moderates). A deleted comment cannot be changed.
 */
async function loadChangeable(tx: DbTx, actor: Actor, commentId: string, now: Date) {
  const comment = await tx.comment.findUnique({ where: { id: commentId }, select: COMMENT_SELECT });
  if (!comment) throw new AppError("NOT_FOUND", "No comment with this id is visible to you.");
  await assertTargetReadable(tx, actor, comment.programId ? { programId: comment.programId } : { planId: comment.planId! });
  if (comment.deletedAt) throw new AppError("CONFLICT", "This comment was deleted.");
  if (actor.role !== "ADMIN") {
    if (comment.author.id !== actor.id) throw new AppError("FORBIDDEN", "Only the author of a comment may edit or delete it.");
    if (!withinEditWindow(comment.createdAt, now)) {
      throw new AppError("CONFLICT", `A comment can be edited or deleted for ${COMMENT_EDIT_MINUTES} minutes after it is written; that time has passed. Write a new comment instead.`);
    }
  }
  return comment;
}

export async function updateComment(ctx: ActionContext, commentId: string, input: unknown, now = new Date()) {
  const actor = requireSignedIn(ctx.actor);
  const { version, body } = ZUpdateComment.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadChangeable(tx, actor, commentId, now);
    const { count } = await tx.comment.updateMany({ where: { id: commentId, version, deletedAt: null }, data: { body, version: { increment: 1 } } });
    if (count === 0) throw staleRecord("comment", version, before.version);
    const after = await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: COMMENT_SELECT });
    await audit(tx, ctx, after, "comment.update", { before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Removes a comment's text and keeps its place ("deleted"); the audit trail keeps the text. */
export async function deleteComment(ctx: ActionContext, commentId: string, version: unknown, now = new Date()) {
  const actor = requireSignedIn(ctx.actor);
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const before = await loadChangeable(tx, actor, commentId, now);
    const { count } = await tx.comment.updateMany({ where: { id: commentId, version: seen, deletedAt: null }, data: { body: "", deletedAt: now, version: { increment: 1 } } });
    if (count === 0) throw staleRecord("comment", seen, before.version);
    await audit(tx, ctx, before, "comment.delete", { before: snapshot(before) });
  });
}

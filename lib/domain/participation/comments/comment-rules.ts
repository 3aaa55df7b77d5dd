import "server-only";
import { planReadWhere, programReadWhere, type Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { COMMENT_EDIT_MINUTES } from "@/lib/domain/participation/schemas";
import { problem } from "@/lib/platform/i18n/problem";

/** What a comment is on: a program or a plan. */
export type CommentTarget = { programId: string } | { planId: string };

export const COMMENT_SELECT = {
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

export function mayChangeComment(actor: Actor, authorId: string, createdAt: Date, now: Date) {
  return actor.role === "ADMIN" || (actor.id === authorId && withinEditWindow(createdAt, now));
}

/** The target, which must exist and be readable by the viewer; otherwise it is not found. A program's comes with its reporting organisation. */
export async function assertTargetReadable(tx: DbTx, viewer: Actor, target: CommentTarget): Promise<{ title: string; reportingOrganisationId?: string | null }> {
  const found =
    "programId" in target
      ? await tx.cooperationProgram.findFirst({ where: { AND: [{ id: target.programId }, programReadWhere(viewer)] }, select: { title: true, reportingOrganisationId: true } })
      : await tx.plan.findFirst({ where: { AND: [{ id: target.planId }, planReadWhere(viewer)] }, select: { title: true } });
  const missing = "programId" in target ? problem("ChoiceProblems.noProgram") : problem("ChoiceProblems.noPlan");
  if (!found) throw new AppError("NOT_FOUND", missing);
  return found;
}

// Comments are recorded on what they are about, so that its history shows them.
export const commentAudit = (comment: { programId: string | null; planId: string | null }, action: string) => ({
  action,
  entityType: comment.programId ? "CooperationProgram" : "Plan",
  entityId: (comment.programId ?? comment.planId)!,
});

export const commentSnapshot = (comment: { id: string; body: string; author: { name: string } }) => ({
  comment: { id: comment.id, author: comment.author.name, body: comment.body },
});

/**
 * The comment, which the actor must be allowed to change: its author within the edit window, or
 * an ADMIN (who moderates). A deleted comment cannot be changed.
 */
export async function loadChangeableComment(tx: DbTx, actor: Actor, commentId: string, now: Date) {
  const comment = await tx.comment.findUnique({ where: { id: commentId }, select: COMMENT_SELECT });
  if (!comment) throw new AppError("NOT_FOUND", problem("ParticipationProblems.noComment"));
  await assertTargetReadable(tx, actor, comment.programId ? { programId: comment.programId } : { planId: comment.planId! });
  if (comment.deletedAt) throw new AppError("CONFLICT", problem("ParticipationProblems.commentDeleted"));
  if (actor.role !== "ADMIN") {
    if (comment.author.id !== actor.id) throw new AppError("FORBIDDEN", problem("ParticipationProblems.commentAuthorOnly"));
    if (!withinEditWindow(comment.createdAt, now)) {
      throw new AppError("CONFLICT", problem("ParticipationProblems.commentWindow", { minutes: COMMENT_EDIT_MINUTES }));
    }
  }
  return comment;
}

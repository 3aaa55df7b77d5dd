import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { loadPlanForRead } from "@/lib/platform/authz/load-plan";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { notify } from "@/lib/domain/notifications/notify";
import { ZPlanReview } from "@/lib/domain/plans/schemas";
import { COMMENTABLE_STATUSES } from "./plan-workflow";
import { planRecord, auditOnPlan } from "./plan-record";
import { move } from "./plan-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * An analyst's review: APPROVE or REQUEST_CHANGES decide a plan under review (and move it);
 * COMMENT adds a remark at any stage from submission to completion. The owner organisation is told.
 */
export async function reviewPlan(ctx: ActionContext, planId: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "plan.review");
  const { version, decision, comment } = ZPlanReview.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadPlanForRead(actor, planId, planRecord(tx));
    if (decision === "COMMENT") {
      if (!COMMENTABLE_STATUSES.includes(before.status)) throw new AppError("CONFLICT", problem("PlanProblems.reviewWindow"));
      if (before.version !== version) throw staleRecord("plan", version, before.version);
    }
    // Written before a deciding move, so that the move's audit event names it; a refused move undoes both.
    const review = await tx.review.create({
      data: { planId, analystId: actor.id, decision, comment },
      select: { id: true, decision: true, comment: true, createdAt: true, analyst: { select: { name: true } } },
    });
    const recorded = { review: { id: review.id, decision, comment } };
    let after = before;
    if (decision === "COMMENT") {
      await auditOnPlan(tx, ctx, planId, "plan.review", { before: { status: before.status }, after: { status: before.status, ...recorded } });
    } else {
      after = await move(tx, { ...ctx, actor }, before, decision === "APPROVE" ? "APPROVED" : "CHANGES_REQUESTED", version, "review", { action: "plan.review", recorded });
    }
    const messageKey = ({ APPROVE: "planApproved", REQUEST_CHANGES: "planChangesRequested", COMMENT: "planReviewComment" } as const)[decision];
    await notify(
      tx,
      { organisationId: before.ownerOrganisationId },
      { kind: "PLAN_REVIEWED", messageKey, messageValues: { plan: before.title, comment }, link: `/plans/${planId}`, dedupeKey: `plan-reviewed:${review.id}` },
      { exceptUserId: actor.id },
    );
    return { plan: after, review };
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requireSignedIn } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZVersion } from "@/lib/platform/validation";
import { assertPending, loadRequest, REQUEST_SELECT, requestSnapshot, type ParticipationRequestView } from "./request-rules";
import { problem } from "@/lib/platform/i18n/problem";

/** The requesting organisation takes back a request nobody has answered yet. */
export async function withdrawRequest(ctx: ActionContext, requestId: string, version: unknown): Promise<ParticipationRequestView> {
  const actor = requireSignedIn(ctx.actor);
  const seen = ZVersion.parse(version);
  return db().$transaction(async (tx) => {
    const before = await loadRequest(tx, actor, requestId);
    if (before.organisation.id !== actor.organisationId) throw new AppError("FORBIDDEN", problem("ParticipationProblems.withdrawOwn"));
    assertPending(before, seen);
    return updateVersioned(tx, ctx, {
      record: "request",
      before,
      version: seen,
      write: () =>
        tx.participationRequest.updateMany({
          where: { id: requestId, version: seen, status: "PENDING", organisationId: actor.organisationId },
          data: { status: "WITHDRAWN", version: { increment: 1 } },
        }),
      read: () => tx.participationRequest.findUnique({ where: { id: requestId }, select: REQUEST_SELECT }),
      audit: { action: "participation.withdraw", entityType: "CooperationProgram", entityId: before.programId, as: requestSnapshot },
    });
  });
}

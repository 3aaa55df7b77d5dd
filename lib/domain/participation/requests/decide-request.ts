import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere, requirePermission } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZParticipationDecision } from "@/lib/domain/participation/schemas";
import { assertPending, loadRequest, REQUEST_SELECT, requestSnapshot, type ParticipationRequestView } from "./request-rules";

/**
 * A ministry of the program (or an ADMIN) accepts the request, which adds the organisation as a
 * participant in the requested role, or declines it with a reason. Both are recorded on the
 * program's history and shown to the requesting organisation.
 */
export async function decideRequest(ctx: ActionContext, requestId: string, input: unknown): Promise<ParticipationRequestView> {
  const actor = requirePermission(ctx.actor, "participation.decide");
  const data = ZParticipationDecision.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadRequest(tx, actor, requestId);
    await loadProgramForChange(tx, actor, before.programId, "participation.decide");
    assertPending(before, data.version);
    const accepted = data.decision === "ACCEPT";
    const decide = async () => {
      const written = await tx.participationRequest.updateMany({
        where: { id: requestId, version: data.version, status: "PENDING", program: programActWhere(actor) },
        data: { status: accepted ? "ACCEPTED" : "DECLINED", decisionReason: data.reason ?? "", decidedById: actor.id, decidedAt: new Date(), version: { increment: 1 } },
      });
      if (written.count && accepted) {
        // A ministry may already have added the organisation in this role by hand; it is not added twice.
        const key = { programId: before.programId, organisationId: before.organisation.id, role: before.role };
        if (!(await tx.participant.count({ where: key }))) await tx.participant.create({ data: key });
      }
      return written;
    };
    return updateVersioned(tx, ctx, {
      record: "request",
      before,
      version: data.version,
      write: decide,
      read: () => tx.participationRequest.findUnique({ where: { id: requestId }, select: REQUEST_SELECT }),
      audit: {
        action: accepted ? "participation.accept" : "participation.decline",
        entityType: "CooperationProgram",
        entityId: before.programId,
        as: requestSnapshot,
      },
    });
  });
}

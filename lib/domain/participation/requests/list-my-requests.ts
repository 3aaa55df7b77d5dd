import "server-only";
import { can, programActWhere, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { REQUEST_SELECT } from "./request-rules";

/**
 * For the "My organisation" page and `GET /api/v1/participation-requests`: the requests the
 * viewer's organisation made, and, for a ministry or an ADMIN, the pending ones awaiting its answer.
 */
export async function listMyRequests(actor: Actor, { limit = 100 }: { limit?: number } = {}) {
  const [made, awaiting] = await Promise.all([
    db().participationRequest.findMany({
      where: { organisationId: actor.organisationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: REQUEST_SELECT,
    }),
    can(actor, "participation.decide")
      ? db().participationRequest.findMany({
          where: { status: "PENDING", program: programActWhere(actor) },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: limit,
          select: REQUEST_SELECT,
        })
      : Promise.resolve([]),
  ]);
  return { made, awaiting };
}

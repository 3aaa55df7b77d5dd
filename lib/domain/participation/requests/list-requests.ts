import "server-only";
import type { TPageQuery } from "@/lib/platform/api/pagination";
import { can, programActWhere, type Actor } from "@/lib/platform/authz";
import { pageOfRequests } from "./request-rules";

/**
 * `GET /api/v1/participation-requests`: `made`, the requests of the caller's organisation, newest
 * first; or `awaiting`, for a ministry or an ADMIN, the pending requests on the programs it
 * manages, oldest first.
 */
export async function listRequests(actor: Actor, scope: "made" | "awaiting", page: TPageQuery) {
  if (scope === "made") return pageOfRequests({ organisationId: actor.organisationId }, "desc", page);
  if (!can(actor, "participation.decide")) return { data: [], page: { limit: page.limit, nextCursor: null } };
  return pageOfRequests({ status: "PENDING", program: programActWhere(actor) }, "asc", page);
}

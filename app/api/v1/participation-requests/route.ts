import { apiRoute } from "@/lib/api/respond";
import { apiActor } from "@/lib/api/viewer";
import { listMyRequests } from "@/lib/participation/requests";

export const dynamic = "force-dynamic";

/**
 * `made`: the requests of the caller's organisation, newest first. `awaiting`: for a ministry or an
 * ADMIN, the pending requests on the programs it manages, oldest first.
 */
export const GET = apiRoute(async (request) => {
  return Response.json({ data: await listMyRequests(await apiActor(request)) });
});

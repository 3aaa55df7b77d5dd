import { filterQuery, pageQuery } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/respond";
import { apiActor } from "@/lib/api/viewer";
import { listRequests } from "@/lib/participation/requests";
import { ZRequestScope } from "@/lib/validation/participation";

export const dynamic = "force-dynamic";

/**
 * `?scope=made` (the default): the requests of the caller's organisation, newest first.
 * `?scope=awaiting`: for a ministry or an ADMIN, the pending requests on the programs it manages,
 * oldest first. Paged.
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const page = pageQuery(url);
  const { scope } = filterQuery(url, ZRequestScope);
  return Response.json(await listRequests(await apiActor(request), scope, page));
});

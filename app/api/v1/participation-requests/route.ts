import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { listRequests } from "@/lib/domain/participation/requests/list-requests";
import { ZRequestScope } from "@/lib/domain/participation/schemas";

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

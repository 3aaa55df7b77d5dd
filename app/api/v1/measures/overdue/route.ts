import { offsetFromCursor, pageQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { listOverdueMeasures } from "@/lib/domain/plans/measures/list-overdue-measures";

export const dynamic = "force-dynamic";

/** Measures past their due date (UTC) and not met, across the plans the caller may read, longest overdue first; `?organisation=` narrows to one responsible organisation. */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const { limit, cursor } = pageQuery(url);
  const organisationId = url.searchParams.get("organisation") || undefined;
  return Response.json(await listOverdueMeasures(await apiViewer(request), { limit, offset: offsetFromCursor(cursor), organisationId }));
});

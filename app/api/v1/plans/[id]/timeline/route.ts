import { pageQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { planTimeline } from "@/lib/domain/plans/plan-timeline";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Everything that happened to the plan, oldest first and paged, from its audit trail. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const page = pageQuery(new URL(request.url));
  return Response.json(await planTimeline(await apiActor(request), (await params).id, page));
});

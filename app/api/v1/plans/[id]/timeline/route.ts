import { apiRoute } from "@/lib/api/respond";
import { apiActor } from "@/lib/api/viewer";
import { planTimeline } from "@/lib/plans/plans";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Everything that happened to the plan, oldest first, from its audit trail. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await planTimeline(await apiActor(request), (await params).id) });
});

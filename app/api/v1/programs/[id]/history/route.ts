import { pageQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { listProgramHistory } from "@/lib/domain/programs/list-program-history";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The program's audit trail, newest first. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const actor = await apiActor(request);
  return Response.json(await listProgramHistory(actor, (await params).id, pageQuery(new URL(request.url))));
});

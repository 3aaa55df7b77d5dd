import { pageQuery } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/respond";
import { apiViewer } from "@/lib/api/viewer";
import { listPrograms } from "@/lib/programs/list-programs";

export const dynamic = "force-dynamic";

/** Programs the caller may read: published ones for everyone, drafts within the caller's scope. */
export const GET = apiRoute(async (request) => {
  const viewer = await apiViewer(request);
  return Response.json(await listPrograms(viewer, pageQuery(new URL(request.url))));
});

import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { submissionTimeline } from "@/lib/domain/submissions/submission-timeline";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The submission's moves, hearings and follow-ups, oldest first; who acted is named only to those who see what it withholds. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const viewer = await apiViewer(request);
  return Response.json({ data: await submissionTimeline(viewer, (await params).id) });
});

import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { removeSubmissionHearing } from "@/lib/domain/submissions/submission-hearings";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; meetingId: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, meetingId } = await params;
  await removeSubmissionHearing(ctx, id, meetingId);
  return new Response(null, { status: 204 });
});

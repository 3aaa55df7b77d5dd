import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { removeSubmissionFollowUp } from "@/lib/domain/submissions/submission-follow-ups";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; followUpId: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, followUpId } = await params;
  await removeSubmissionFollowUp(ctx, id, followUpId);
  return new Response(null, { status: 204 });
});

import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { removeParticipant } from "@/lib/domain/participation/participants/remove-participant";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; participantId: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, participantId } = await params;
  await removeParticipant(ctx, id, participantId);
  return new Response(null, { status: 204 });
});

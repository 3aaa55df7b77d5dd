import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { removeEvidence } from "@/lib/domain/plans/measures/remove-evidence";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; documentId: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, documentId } = await params;
  await removeEvidence(ctx, id, documentId);
  return new Response(null, { status: 204 });
});

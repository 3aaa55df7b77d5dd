import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { removeSubmissionDocument } from "@/lib/domain/submissions/submission-documents";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; documentId: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, documentId } = await params;
  await removeSubmissionDocument(ctx, id, documentId);
  return new Response(null, { status: 204 });
});

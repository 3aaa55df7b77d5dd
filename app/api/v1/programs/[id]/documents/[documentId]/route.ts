import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { removeProgramDocument } from "@/lib/domain/documents/remove-program-document";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; documentId: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, documentId } = await params;
  await removeProgramDocument(ctx, id, documentId);
  return new Response(null, { status: 204 });
});

import { readDocumentRequest } from "@/lib/domain/documents/read-document-request";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { attachEvidence } from "@/lib/domain/plans/measures/attach-evidence";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Evidence: a link (JSON) or an uploaded file (multipart/form-data), as for a program's documents. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id } = await params;
  const { input, file } = await readDocumentRequest(request);
  return Response.json({ data: await attachEvidence(ctx, id, input, file) }, { status: 201 });
});

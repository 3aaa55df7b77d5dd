import { readDocumentRequest } from "@/lib/domain/documents/read-document-request";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { attachExchangeDocument } from "@/lib/domain/exchanges/attach-exchange-document";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Attaches a link (JSON) or an uploaded file (multipart/form-data); see readDocumentRequest. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id } = await params;
  const { input, file } = await readDocumentRequest(request);
  return Response.json({ data: await attachExchangeDocument(ctx, id, input, file) }, { status: 201 });
});

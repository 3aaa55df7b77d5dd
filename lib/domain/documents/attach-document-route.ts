import type { ActionContext } from "@/lib/platform/audit/action-context";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { readDocumentRequest } from "./read-document-request";

type Attach = (ctx: ActionContext, ownerId: string, input: unknown, file: File | null) => Promise<unknown>;

/**
 * The POST handler of a route that attaches a document to the record its `[id]` names: a link
 * (JSON) or an uploaded file (multipart/form-data), answered 201 with what was attached.
 */
export function attachDocumentRoute(attach: Attach) {
  return apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
    const ctx = await apiContext(request);
    const { id } = await params;
    const { input, file } = await readDocumentRequest(request);
    return Response.json({ data: await attach(ctx, id, input, file) }, { status: 201 });
  });
}

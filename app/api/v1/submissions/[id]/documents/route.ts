import { attachDocumentRoute } from "@/lib/domain/documents/attach-document-route";
import { attachSubmissionDocument } from "@/lib/domain/submissions/submission-documents";

export const dynamic = "force-dynamic";

/** Attaches evidence, a link (JSON) or an uploaded file (multipart/form-data), with `withheld` to keep it from the public. */
export const POST = attachDocumentRoute(attachSubmissionDocument);

import { attachProgramDocument } from "@/lib/domain/documents/attach-program-document";
import { attachDocumentRoute } from "@/lib/domain/documents/attach-document-route";

export const dynamic = "force-dynamic";

/** Attaches a link (JSON) or an uploaded file (multipart/form-data) to the program. */
export const POST = attachDocumentRoute(attachProgramDocument);

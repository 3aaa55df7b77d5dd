import { attachEvidence } from "@/lib/domain/plans/measures/attach-evidence";
import { attachDocumentRoute } from "@/lib/domain/documents/attach-document-route";

export const dynamic = "force-dynamic";

/** Evidence: a link (JSON) or an uploaded file (multipart/form-data), as for a program's documents. */
export const POST = attachDocumentRoute(attachEvidence);

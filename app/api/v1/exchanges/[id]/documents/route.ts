import { attachExchangeDocument } from "@/lib/domain/exchanges/attach-exchange-document";
import { attachDocumentRoute } from "@/lib/domain/documents/attach-document-route";

export const dynamic = "force-dynamic";

/** Attaches a link (JSON) or an uploaded file (multipart/form-data) to the exchange. */
export const POST = attachDocumentRoute(attachExchangeDocument);

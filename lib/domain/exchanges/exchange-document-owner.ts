import "server-only";
import { loadExchangeForChange } from "@/lib/platform/authz/load-exchange";
import type { DocumentOwner } from "@/lib/domain/documents/document-record";

/** An exchange as the owner of documents: the sending country's ministries and administrators change them. */
export function exchangeDocumentOwner(exchangeId: string): DocumentOwner {
  return {
    link: { exchangeId },
    assertEditable: (tx, actor) => loadExchangeForChange(tx, actor, exchangeId),
    audit: { entityType: "InformationExchange", entityId: exchangeId, action: "exchange.document" },
  };
}

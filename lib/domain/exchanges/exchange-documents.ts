import "server-only";
import { requirePermission } from "@/lib/platform/authz";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { attachDocument, removeDocument, type DocumentOwner } from "@/lib/domain/documents/documents";
import { loadExchangeForChange } from "@/lib/platform/authz/load-exchange";

type Upload = Parameters<typeof attachDocument>[3];

function exchangeOwner(exchangeId: string): DocumentOwner {
  return {
    link: { exchangeId },
    assertEditable: (tx, actor) => loadExchangeForChange(tx, actor, exchangeId),
    audit: { entityType: "InformationExchange", entityId: exchangeId, action: "exchange.document" },
  };
}

/** Attaches a link or an uploaded file to an exchange; the sending country's ministries and administrators may. */
export async function attachExchangeDocument(ctx: ActionContext, exchangeId: string, input: unknown, file: Upload) {
  return attachDocument({ ...ctx, actor: requirePermission(ctx.actor, "exchange.log") }, exchangeOwner(exchangeId), input, file);
}

/** Removes an exchange's document, and its stored file once the removal is committed. */
export async function removeExchangeDocument(ctx: ActionContext, exchangeId: string, documentId: string) {
  return removeDocument({ ...ctx, actor: requirePermission(ctx.actor, "exchange.log") }, exchangeOwner(exchangeId), documentId);
}

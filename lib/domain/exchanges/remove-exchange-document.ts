import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { removeDocument } from "@/lib/domain/documents/remove-document";
import { exchangeDocumentOwner } from "./exchange-document-owner";

/** Removes an exchange's document, and its stored file once the removal is committed. */
export async function removeExchangeDocument(ctx: ActionContext, exchangeId: string, documentId: string) {
  return removeDocument({ ...ctx, actor: requirePermission(ctx.actor, "exchange.log") }, exchangeDocumentOwner(exchangeId), documentId);
}

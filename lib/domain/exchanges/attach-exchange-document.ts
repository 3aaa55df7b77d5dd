import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { attachDocument } from "@/lib/domain/documents/attach-document";
import type { Upload } from "@/lib/domain/documents/document-record";
import { exchangeDocumentOwner } from "./exchange-document-owner";

/** Attaches a link or an uploaded file to an exchange; the sending country's ministries and administrators may. */
export async function attachExchangeDocument(ctx: ActionContext, exchangeId: string, input: unknown, file: Upload | null) {
  return attachDocument({ ...ctx, actor: requirePermission(ctx.actor, "exchange.log") }, exchangeDocumentOwner(exchangeId), input, file);
}

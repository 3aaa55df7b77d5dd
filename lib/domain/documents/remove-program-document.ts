import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { programDocumentOwner } from "./program-document-owner";
import { removeDocument } from "./remove-document";

/** Removes a program's document, and its stored file once the removal is committed. */
export async function removeProgramDocument(ctx: ActionContext, programId: string, documentId: string) {
  return removeDocument({ ...ctx, actor: requirePermission(ctx.actor, "program.update") }, programDocumentOwner(programId), documentId);
}

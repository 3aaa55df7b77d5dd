import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { attachDocument } from "./attach-document";
import type { Upload } from "./document-record";
import { programDocumentOwner } from "./program-document-owner";

/** Attaches a link or an uploaded file to a program. */
export async function attachProgramDocument(ctx: ActionContext, programId: string, input: unknown, file: Upload | null) {
  return attachDocument({ ...ctx, actor: requirePermission(ctx.actor, "program.update") }, programDocumentOwner(programId), input, file);
}

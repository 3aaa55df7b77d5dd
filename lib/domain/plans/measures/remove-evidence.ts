import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requireSignedIn } from "@/lib/platform/authz";
import { removeDocument } from "@/lib/domain/documents/remove-document";
import { measureEvidenceOwner } from "./measure-evidence-owner";

/** Removes a measure's evidence, and its stored file once the removal is committed. */
export async function removeEvidence(ctx: ActionContext, measureId: string, documentId: string) {
  const actor = requireSignedIn(ctx.actor);
  return removeDocument({ ...ctx, actor }, await measureEvidenceOwner(measureId, actor), documentId);
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requireSignedIn } from "@/lib/platform/authz";
import { attachDocument } from "@/lib/domain/documents/attach-document";
import type { Upload } from "@/lib/domain/documents/document-record";
import { measureEvidenceOwner } from "./measure-evidence-owner";

/** Evidence for a measure: a link or an uploaded file. */
export async function attachEvidence(ctx: ActionContext, measureId: string, input: unknown, file: Upload | null) {
  const actor = requireSignedIn(ctx.actor);
  return attachDocument({ ...ctx, actor }, await measureEvidenceOwner(measureId, actor), input, file);
}

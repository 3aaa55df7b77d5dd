import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requireSignedIn } from "@/lib/platform/authz";
import { attachDocument } from "@/lib/domain/documents/attach-document";
import type { Upload } from "@/lib/domain/documents/document-record";
import { removeDocument } from "@/lib/domain/documents/remove-document";
import { ZCheckbox } from "@/lib/platform/validation";
import { submissionDocumentOwner } from "./submission-document-owner";

/**
 * Attaches evidence (a link or an uploaded file) to a submission. `withheld` keeps the document from
 * the public: only those who see what the submission withholds see it.
 */
export async function attachSubmissionDocument(ctx: ActionContext, submissionId: string, input: unknown, file: Upload | null) {
  const withheld = ZCheckbox.parse(input && typeof input === "object" && "withheld" in input ? input.withheld : false);
  return attachDocument({ ...ctx, actor: requireSignedIn(ctx.actor) }, submissionDocumentOwner(submissionId, withheld), input, file);
}

/** Removes a document from a submission, and its stored file once the removal is committed. */
export async function removeSubmissionDocument(ctx: ActionContext, submissionId: string, documentId: string) {
  return removeDocument({ ...ctx, actor: requireSignedIn(ctx.actor) }, submissionDocumentOwner(submissionId), documentId);
}

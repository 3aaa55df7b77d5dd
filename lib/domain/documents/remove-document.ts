import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { removeStoredFiles } from "@/lib/platform/storage/remove-stored-files";
import { DOCUMENT_SELECT, type DocumentActor, type DocumentOwner } from "./document-record";
import { problem } from "@/lib/platform/i18n/problem";

/** Removes a document from its owner, and its stored file once the removal is committed. */
export async function removeDocument(ctx: ActionContext & { actor: DocumentActor }, owner: DocumentOwner, documentId: string) {
  const { actor } = ctx;
  const removed = await db().$transaction(async (tx) => {
    await owner.assertEditable(tx, actor);
    const document = await tx.document.findFirst({ where: { id: documentId, ...owner.link }, select: { ...DOCUMENT_SELECT, storageKey: true } });
    if (!document) throw new AppError("NOT_FOUND", problem("DocumentProblem.notAttached"));
    await tx.document.delete({ where: { id: documentId } });
    const { storageKey: _key, uploadedBy: _uploadedBy, ...recorded } = document;
    await recordAuditEvent(tx, ctx, { ...owner.audit, action: `${owner.audit.action}.remove`, before: { document: recorded } });
    return document;
  });
  if (removed.storageKey) await removeStoredFiles([removed.storageKey]);
  return removed;
}

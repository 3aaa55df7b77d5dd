import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db, type DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { fileStorage } from "@/lib/platform/storage/file-storage";
import { ZDocumentMeta } from "@/lib/domain/documents/schemas";
import { checkDocumentFile } from "./file-rules";

/** What is shown and returned of a document: never where it is stored. */
export const DOCUMENT_SELECT = {
  id: true,
  title: true,
  category: true,
  url: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  checksum: true,
  languageCode: true,
  documentDate: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
} as const;

type Upload = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

type Actor = NonNullable<ActionContext["actor"]>;

/** What a document is attached to, and how a change to its documents is checked and recorded. */
export type DocumentOwner = {
  /** The column that ties the document to its owner. */
  link: { programId: string } | { exchangeId: string } | { measureId: string };
  /** Refuses an actor who may not change the owner; run again inside each write's transaction. */
  assertEditable: (tx: DbTx, actor: Actor) => Promise<unknown>;
  /** Where the audit trail records the change: e.g. "program.document" becomes "program.document.attach". */
  audit: { entityType: string; entityId: string; action: string };
};

function invalid(field: string, message: string) {
  return new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { [field]: [message] } });
}

/**
 * Attaches a document: a link, or an uploaded file that is checked (size, type), stored and
 * described by its SHA-256 checksum. Exactly one of the two is given.
 */
export async function attachDocument(ctx: ActionContext & { actor: Actor }, owner: DocumentOwner, input: unknown, file: Upload | null) {
  const { actor } = ctx;
  await db().$transaction((tx) => owner.assertEditable(tx, actor));

  const meta = ZDocumentMeta.parse(input);
  const upload = file && file.size > 0 ? file : null;
  if (upload && meta.url) throw invalid("url", "Give a link or a file, not both.");
  if (!upload && !meta.url) throw invalid("file", "Choose a file to upload, or give a link.");

  let stored: { storageKey: string; fileName: string; contentType: string; sizeBytes: number; checksum: string } | null = null;
  if (upload) {
    const checked = await checkDocumentFile(upload);
    if (typeof checked === "string") throw invalid("file", checked);
    const checksum = createHash("sha256").update(checked.data).digest("hex");
    const storageKey = await fileStorage().put(checked.data);
    stored = { storageKey, fileName: checked.fileName, contentType: checked.contentType, sizeBytes: checked.data.byteLength, checksum };
  }

  try {
    return await db().$transaction(async (tx) => {
      // Checked again inside the transaction: the owner may have changed hands during the upload.
      await owner.assertEditable(tx, actor);
      const document = await tx.document.create({
        data: {
          title: meta.title,
          category: meta.category,
          url: meta.url ?? null,
          languageCode: meta.languageCode ?? null,
          documentDate: meta.documentDate ?? null,
          ...owner.link,
          uploadedById: actor.id,
          ...stored,
        },
        select: DOCUMENT_SELECT,
      });
      const { uploadedBy: _uploadedBy, ...recorded } = document;
      await recordAuditEvent(tx, ctx, { ...owner.audit, action: `${owner.audit.action}.attach`, after: { document: recorded } });
      return document;
    });
  } catch (error) {
    if (stored) await fileStorage().remove(stored.storageKey);
    throw error;
  }
}

/** Removes a document from its owner, and its stored file once the removal is committed. */
export async function removeDocument(ctx: ActionContext & { actor: Actor }, owner: DocumentOwner, documentId: string) {
  const { actor } = ctx;
  const removed = await db().$transaction(async (tx) => {
    await owner.assertEditable(tx, actor);
    const document = await tx.document.findFirst({ where: { id: documentId, ...owner.link }, select: { ...DOCUMENT_SELECT, storageKey: true } });
    if (!document) throw new AppError("NOT_FOUND", "This document is no longer attached here.");
    await tx.document.delete({ where: { id: documentId } });
    const { storageKey: _key, uploadedBy: _uploadedBy, ...recorded } = document;
    await recordAuditEvent(tx, ctx, { ...owner.audit, action: `${owner.audit.action}.remove`, before: { document: recorded } });
    return document;
  });
  if (removed.storageKey) await fileStorage().remove(removed.storageKey);
  return removed;
}

function programOwner(programId: string): DocumentOwner {
  return {
    link: { programId },
    assertEditable: (tx, actor) => loadProgramForChange(tx, actor, programId),
    audit: { entityType: "CooperationProgram", entityId: programId, action: "program.document" },
  };
}

/** Attaches a link or an uploaded file to a program. */
export async function attachProgramDocument(ctx: ActionContext, programId: string, input: unknown, file: Upload | null) {
  return attachDocument({ ...ctx, actor: requirePermission(ctx.actor, "program.update") }, programOwner(programId), input, file);
}

/** Removes a program's document, and its stored file once the removal is committed. */
export async function removeProgramDocument(ctx: ActionContext, programId: string, documentId: string) {
  return removeDocument({ ...ctx, actor: requirePermission(ctx.actor, "program.update") }, programOwner(programId), documentId);
}

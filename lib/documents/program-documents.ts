import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/lib/audit/action-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { loadEditable } from "@/lib/programs/update-program";
import { fileStorage } from "@/lib/storage/file-storage";
import { ZDocumentMeta } from "@/lib/validation/documents";
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

function invalid(field: string, message: string) {
  return new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { [field]: [message] } });
}

/**
 * Attaches a document to a program: a link, or an uploaded file that is checked (size, type),
 * stored and described by its SHA-256 checksum. Exactly one of the two is given.
 */
export async function attachProgramDocument(ctx: ActionContext, programId: string, input: unknown, file: Upload | null) {
  const { actor } = ctx;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to attach documents.");
  if (!can(actor, "program.update")) throw new AppError("FORBIDDEN", "Only administrators and ministry staff attach documents to programs.");
  await db().$transaction((tx) => loadEditable(tx, actor, programId));

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
      // Checked again inside the transaction: the program may have changed hands during the upload.
      await loadEditable(tx, actor, programId);
      const document = await tx.document.create({
        data: {
          title: meta.title,
          category: meta.category,
          url: meta.url ?? null,
          languageCode: meta.languageCode ?? null,
          documentDate: meta.documentDate ?? null,
          programId,
          uploadedById: actor.id,
          ...stored,
        },
        select: DOCUMENT_SELECT,
      });
      const { uploadedBy: _uploadedBy, ...recorded } = document;
      await recordAuditEvent(tx, ctx, { action: "program.document.attach", entityType: "CooperationProgram", entityId: programId, after: { document: recorded } });
      return document;
    });
  } catch (error) {
    if (stored) await fileStorage().remove(stored.storageKey);
    throw error;
  }
}

/** Removes a program's document, and its stored file once the removal is committed. */
export async function removeProgramDocument(ctx: ActionContext, programId: string, documentId: string) {
  const { actor } = ctx;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to remove documents.");
  if (!can(actor, "program.update")) throw new AppError("FORBIDDEN", "Only administrators and ministry staff remove a program's documents.");
  const removed = await db().$transaction(async (tx) => {
    await loadEditable(tx, actor, programId);
    const document = await tx.document.findFirst({ where: { id: documentId, programId }, select: { ...DOCUMENT_SELECT, storageKey: true } });
    if (!document) throw new AppError("NOT_FOUND", "This document is no longer attached to the program.");
    await tx.document.delete({ where: { id: documentId } });
    const { storageKey: _key, uploadedBy: _uploadedBy, ...recorded } = document;
    await recordAuditEvent(tx, ctx, { action: "program.document.remove", entityType: "CooperationProgram", entityId: programId, before: { document: recorded } });
    return document;
  });
  if (removed.storageKey) await fileStorage().remove(removed.storageKey);
  return removed;
}

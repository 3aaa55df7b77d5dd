import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { fileStorage } from "@/lib/platform/storage/file-storage";
import { ZDocumentMeta } from "@/lib/domain/documents/schemas";
import { DOCUMENT_SELECT, type DocumentActor, type DocumentOwner, type Upload } from "./document-record";
import { checkDocumentFile } from "./file-rules";
import { problem } from "@/lib/platform/i18n/problem";

function invalid(field: string, message: string) {
  return new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { [field]: [message] } });
}

/**
 * Attaches a document: a link, or an uploaded file that is checked (size, type), stored and
 * described by its SHA-256 checksum. Exactly one of the two is given.
 */
export async function attachDocument(ctx: ActionContext & { actor: DocumentActor }, owner: DocumentOwner, input: unknown, file: Upload | null) {
  const { actor } = ctx;
  await db().$transaction((tx) => owner.assertEditable(tx, actor));

  const meta = ZDocumentMeta.parse(input);
  const upload = file && file.size > 0 ? file : null;
  if (upload && meta.url) throw invalid("url", problem("DocumentProblem.linkOrFile"));
  if (!upload && !meta.url) throw invalid("file", problem("DocumentProblem.fileOrLink"));

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

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import type { DbTx } from "@/lib/platform/db";

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

/** An uploaded file as a form or a multipart request gives it. */
export type Upload = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export type DocumentActor = NonNullable<ActionContext["actor"]>;

/** What a document is attached to, and how a change to its documents is checked and recorded. */
export type DocumentOwner = {
  /** The column that ties the document to its owner. */
  link: { programId: string } | { exchangeId: string } | { measureId: string } | { submissionId: string; withheld?: boolean };
  /** Refuses an actor who may not change the owner; run again inside each write's transaction. */
  assertEditable: (tx: DbTx, actor: DocumentActor) => Promise<unknown>;
  /** Where the audit trail records the change: e.g. "program.document" becomes "program.document.attach". */
  audit: { entityType: string; entityId: string; action: string };
};

import "server-only";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import type { DocumentOwner } from "./document-record";

/** A program as the owner of documents: its ministries (and administrators) change them, on the program's history. */
export function programDocumentOwner(programId: string): DocumentOwner {
  return {
    link: { programId },
    assertEditable: (tx, actor) => loadProgramForChange(tx, actor, programId),
    audit: { entityType: "CooperationProgram", entityId: programId, action: "program.document" },
  };
}

import "server-only";
import type { DocumentOwner } from "@/lib/domain/documents/document-record";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";
import { loadSubmissionForSubmitter } from "./submission-record";
import { EVIDENCE_STATUSES } from "./submission-workflow";

/** A submission as the owner of its evidence: its organisation adds and removes documents until the report. */
export function submissionDocumentOwner(submissionId: string, withheld?: boolean): DocumentOwner {
  return {
    link: { submissionId, ...(withheld !== undefined && { withheld }) },
    assertEditable: async (tx, actor) => {
      const { submission } = await loadSubmissionForSubmitter(tx, actor, submissionId);
      if (!EVIDENCE_STATUSES.includes(submission.status)) throw new AppError("CONFLICT", problem("SubmissionProblems.evidenceClosed"));
    },
    audit: { entityType: "Submission", entityId: submissionId, action: "submission.document" },
  };
}

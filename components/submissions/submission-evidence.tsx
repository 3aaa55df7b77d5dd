import { getTranslations } from "@/lib/platform/i18n/server";
import { AttachDocumentForm } from "@/components/programs/document-forms";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/file-rules";
import { ACTIVITY_DOCUMENT_CATEGORIES, documentCategoryName } from "@/lib/domain/iati/document-categories";
import { attachSubmissionDocumentAction, removeSubmissionDocumentAction } from "@/lib/domain/submissions/actions";
import type { SubmissionView } from "@/lib/domain/submissions/get-submission";

/**
 * The evidence: what the reader may see of it (withheld documents arrive only for those who may
 * see them, marked so), and the form its organisation adds documents with until the report.
 */
export async function SubmissionEvidence({ submission }: { submission: SubmissionView }) {
  const [t, tParts] = await Promise.all([getTranslations("Submission"), getTranslations("ProgramParts")]);
  const { documents, withheld } = submission;
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t("evidence")}</h2>
      {documents.length === 0 && !withheld.documents && <p>{t("noEvidence")}</p>}
      {documents.length > 0 && (
        <ul className="card-list">
          {documents.map((document) => (
            <li key={document.id} className="card">
              <p>
                <a href={document.fileName ? `/api/v1/documents/${document.id}/file` : (document.url ?? undefined)} rel="noopener noreferrer nofollow">
                  {document.title}
                </a>{" "}
                {document.withheld && <Badge>{t("withheldFromPublic")}</Badge>}
              </p>
              <p className="muted">
                {document.category} · {documentCategoryName(document.category)}
              </p>
              {submission.may.addEvidence && (
                <InlineActionButton
                  action={removeSubmissionDocumentAction}
                  fields={{ submissionId: submission.id, documentId: document.id }}
                  label={tParts("remove")}
                  accessibleName={tParts("removeNamed", { name: document.title })}
                  pendingLabel={tParts("removing")}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {withheld.documents > 0 && <p className="muted">{t("documentsWithheld", { count: withheld.documents })}</p>}
      {submission.may.addEvidence && (
        <>
          <h3>{tParts("attach")}</h3>
          <AttachDocumentForm
            action={attachSubmissionDocumentAction}
            hidden={{ submissionId: submission.id }}
            maxBytes={MAX_DOCUMENT_BYTES}
            withheldLabel={t("withholdDocument")}
            categories={ACTIVITY_DOCUMENT_CATEGORIES.map((category) => ({ value: category.code, label: `${category.code} — ${category.name}` }))}
          />
        </>
      )}
    </section>
  );
}

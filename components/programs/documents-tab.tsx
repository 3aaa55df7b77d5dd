import { getTranslations } from "@/lib/platform/i18n/server";
import { attachDocumentAction, removeDocumentAction } from "@/lib/domain/programs/actions";
import { AttachDocumentForm } from "@/components/programs/document-forms";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/file-rules";
import { ACTIVITY_DOCUMENT_CATEGORIES, documentCategoryName } from "@/lib/domain/iati/document-categories";
import { tabHelpers, type LoadedProgram } from "./tab-helpers";

type Props = { program: LoadedProgram };

/** The program's documents, files and links, with the form to attach one for those who may edit. */
export async function DocumentsTab({ program }: Props) {
  const t = await getTranslations("Program");
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t("tab.documents")}</h2>
      {program.documents.length === 0 ? (
        <p>{t("noDocuments")}</p>
      ) : (
        <ul className="card-list">
          {program.documents.map((document) => (
            <DocumentCard key={document.id} program={program} document={document} />
          ))}
        </ul>
      )}
      {program.mayEdit && (
        <>
          <h3>{t("attachDocument")}</h3>
          <AttachDocumentForm
            action={attachDocumentAction}
            hidden={{ programId: program.id }}
            maxBytes={MAX_DOCUMENT_BYTES}
            categories={ACTIVITY_DOCUMENT_CATEGORIES.map((category) => ({ value: category.code, label: `${category.code} — ${category.name}` }))}
          />
        </>
      )}
    </section>
  );
}

async function DocumentCard({ program, document }: Props & { document: LoadedProgram["documents"][number] }) {
  const [{ format, date }, tParts] = await Promise.all([tabHelpers(), getTranslations("ProgramParts")]);
  return (
    <li className="card">
      <h3>
        {document.fileName ? (
          <a href={`/api/v1/documents/${document.id}/file`}>{document.title}</a>
        ) : (
          <a href={document.url ?? "#"} rel="noopener noreferrer nofollow" target="_blank">
            {document.title}
          </a>
        )}
      </h3>
      <p className="muted">
        {document.category} · {documentCategoryName(document.category)}
        {document.languageCode && ` · ${document.languageCode}`}
        {document.documentDate && ` · ${date(document.documentDate)}`}
        {document.fileName && ` · ${document.fileName} · ${format.number(Math.ceil((document.sizeBytes ?? 0) / 1024))} KB`}
      </p>
      {document.checksum && (
        <p className="muted">
          SHA-256 <code>{document.checksum}</code>
        </p>
      )}
      {program.mayEdit && (
        <InlineActionButton
          action={removeDocumentAction}
          fields={{ programId: program.id, documentId: document.id }}
          label={tParts("remove")}
          accessibleName={tParts("removeNamed", { name: document.title })}
          pendingLabel={tParts("removing")}
        />
      )}
    </li>
  );
}

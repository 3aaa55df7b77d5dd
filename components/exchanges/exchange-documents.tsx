import { getTranslations } from "@/lib/platform/i18n/server";
import { AttachDocumentForm } from "@/components/programs/document-forms";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/file-rules";
import { attachExchangeDocumentAction, removeExchangeDocumentAction } from "@/lib/domain/exchanges/actions";
import type { ExchangeDetail } from "@/lib/domain/exchanges/get-exchange";
import { ACTIVITY_DOCUMENT_CATEGORIES, documentCategoryName } from "@/lib/domain/iati/document-categories";
import { exchangeDate } from "./exchange-date";

type ExchangeDocument = ExchangeDetail["documents"][number];

/** One document: its link or file, what it is, and its remove button for those who may change the exchange. */
async function ExchangeDocumentItem({ exchange, document }: { exchange: ExchangeDetail; document: ExchangeDocument }) {
  const [t, tParts, date] = await Promise.all([getTranslations("Exchange"), getTranslations("ProgramParts"), exchangeDate()]);
  return (
    <li className="card">
      <p>
        {document.fileName ? (
          <a href={`/api/v1/documents/${document.id}/file`}>{document.title}</a>
        ) : document.url ? (
          <a href={document.url} rel="noopener noreferrer nofollow">
            {document.title}
          </a>
        ) : (
          document.title
        )}
      </p>
      <p className="muted">
        {document.category} · {documentCategoryName(document.category)}
        {document.languageCode && ` · ${document.languageCode}`}
        {document.documentDate && ` · ${date(document.documentDate)}`}
        {document.fileName && ` · ${document.fileName} · ${t("fileSize", { kilobytes: Math.ceil((document.sizeBytes ?? 0) / 1024) })}`}
      </p>
      {exchange.mayChange && (
        <InlineActionButton
          action={removeExchangeDocumentAction}
          fields={{ id: exchange.id, documentId: document.id }}
          label={tParts("remove")}
          accessibleName={tParts("removeNamed", { name: document.title })}
          pendingLabel={tParts("removing")}
        />
      )}
    </li>
  );
}

/** The exchange's documents, and the form to attach one for those who may change the exchange. */
export async function ExchangeDocuments({ exchange }: { exchange: ExchangeDetail }) {
  const [t, tParts] = await Promise.all([getTranslations("Exchange"), getTranslations("ProgramParts")]);
  return (
    <>
      <h2>{t("documents")}</h2>
      {exchange.documents.length === 0 ? (
        <p>{t("noDocuments")}</p>
      ) : (
        <ul className="card-list">
          {exchange.documents.map((document) => (
            <ExchangeDocumentItem key={document.id} exchange={exchange} document={document} />
          ))}
        </ul>
      )}

      {exchange.mayChange && (
        <>
          <h3>{tParts("attach")}</h3>
          <AttachDocumentForm
            action={attachExchangeDocumentAction}
            hidden={{ id: exchange.id }}
            maxBytes={MAX_DOCUMENT_BYTES}
            categories={ACTIVITY_DOCUMENT_CATEGORIES.map((category) => ({ value: category.code, label: `${category.code} — ${category.name}` }))}
          />
        </>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { attachExchangeDocumentAction, deleteExchangeAction, removeExchangeDocumentAction } from "@/lib/domain/exchanges/actions";
import { AttachDocumentForm } from "@/components/programs/document-forms";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { findExchange } from "@/lib/domain/exchanges/get-exchange";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/file-rules";
import { ACTIVITY_DOCUMENT_CATEGORIES, documentCategoryName } from "@/lib/domain/iati/document-categories";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadExchange = cache(async (id: string) => findExchange(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadExchange((await params).id))?.title };
}

export default async function ExchangePage({ params }: Props) {
  const exchange = await loadExchange((await params).id);
  if (!exchange) notFound();
  const [t, tKind, tParts, format] = await Promise.all([getTranslations("Exchange"), getTranslations("ExchangeKind"), getTranslations("ProgramParts"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });

  const page = (
    <>
      <p>
        <Link href="/exchanges">← {t("back")}</Link>
      </p>
      <h1>{exchange.title}</h1>
      <p>
        <Badge>{tKind(exchange.kind)}</Badge> <Badge>{exchange.isPublic ? t("public") : t("restricted")}</Badge>
      </p>
      {exchange.mayChange && (
        <p>
          <Link href={`/exchanges/${exchange.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}
      <dl className="facts" aria-label={t("facts")}>
        <dt>{t("agreement")}</dt>
        <dd>
          <Link href={`/agreements/${exchange.agreement.id}`}>
            {exchange.agreement.shortName} — {exchange.agreement.title}
          </Link>
        </dd>
        <dt>{t("date")}</dt>
        <dd>
          <time dateTime={exchange.date.toISOString().slice(0, 10)}>{date(exchange.date)}</time>
        </dd>
        <dt>{t("from")}</dt>
        <dd>{exchange.fromCountry.name}</dd>
        <dt>{t("to")}</dt>
        <dd>{exchange.toCountry?.name ?? t("allParties")}</dd>
        <dt>{t("kind")}</dt>
        <dd>{tKind(exchange.kind)}</dd>
        <dt>{t("visibility")}</dt>
        <dd>{exchange.isPublic ? t("public") : t("restricted")}</dd>
        <dt>{t("link")}</dt>
        <dd>
          {exchange.link ? (
            <a href={exchange.link} rel="noopener noreferrer nofollow">
              {exchange.link}
            </a>
          ) : (
            t("noLink")
          )}
        </dd>
      </dl>

      <h2>{t("summary")}</h2>
      {exchange.summary ? <p className="multiline">{exchange.summary}</p> : <p>{t("noSummary")}</p>}

      <h2>{t("provisions")}</h2>
      {exchange.provisions.length === 0 ? (
        <p>{t("noProvisions")}</p>
      ) : (
        <ul>
          {exchange.provisions.map((provision) => (
            <li key={provision.id}>
              <Link href={`/agreements/${exchange.agreement.id}#provision-${provision.id}`}>
                {provision.article} — {provision.title}
              </Link>
            </li>
          ))}
        </ul>
      )}

      <h2>{t("documents")}</h2>
      {exchange.documents.length === 0 ? (
        <p>{t("noDocuments")}</p>
      ) : (
        <ul className="card-list">
          {exchange.documents.map((document) => (
            <li key={document.id} className="card">
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

      <p className="muted">{t("updated", { date: date(exchange.updatedAt), version: exchange.version })}</p>

      {exchange.mayChange && (
        <section aria-labelledby="delete-title">
          <h2 id="delete-title">{t("deleteTitle")}</h2>
          <p>{t("deleteHint")}</p>
          <ConfirmDeleteForm action={deleteExchangeAction} id={exchange.id} version={exchange.version} labels={{ form: t("deleteTitle"), confirm: t("deleteConfirm"), submit: t("delete"), pending: t("deleting") }} />
        </section>
      )}
    </>
  );
  // The form to attach a document is there for those who may change the exchange.
  return exchange.mayChange ? <ClientMessages>{page}</ClientMessages> : page;
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { ImportPreviewForm } from "@/components/imports/import-preview-form";
import { confirmIatiAction } from "@/lib/domain/iati/actions";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { getIatiImport } from "@/lib/domain/iati/import/get-iati-import";
import { ImportedPrograms } from "@/components/imports/imported-programs";
import { ImportUnderWay } from "@/components/imports/import-under-way";
import { PreviewPages } from "@/components/imports/preview-pages";
import { importableIdentifiers, previewPage } from "@/lib/domain/imports/preview-page";
import { importViewIn } from "@/lib/domain/iati/import/view";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { changeLinesOf } from "@/lib/domain/iati/import/change-lines";
import { historyLanguage } from "@/components/history/history-language";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Iati"))("importTitle") };
}

export default async function IatiImportPreviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/iati/import/${encodeURIComponent(id)}`);
  if (!can(actor, "program.create")) notFound();
  const stored = await findOrNull(() => getIatiImport(actor, id));
  if (!stored) notFound();
  // A file of tens of thousands of activities is shown a page at a time; its summary counts them all.
  const shown = previewPage(stored.activities, (await searchParams).page);
  const preview = await importViewIn({ ...stored, activities: shown.entries }, await requestLocale());
  const [t, format] = await Promise.all([getTranslations("Iati"), getFormatter()]);
  const back = (
    <p>
      <Link href="/iati/import">← {t("uploadAnother")}</Link>
    </p>
  );
  if (preview.status === "READING" || preview.status === "CONFIRMING" || preview.status === "FAILED") {
    return (
      <ImportUnderWay
        back={back}
        title={preview.status === "FAILED" ? t("failedTitle", { file: preview.fileName }) : t("progressTitle", { file: preview.fileName })}
        status={preview.status}
        url={`/api/v1/iati/import/${encodeURIComponent(preview.id)}`}
        progress={preview.progress}
        failure={preview.failure}
        source="iati"
      />
    );
  }
  const language = await historyLanguage([]);
  const changes = preview.activities.map((activity) => (activity.changes ? changeLinesOf(activity.changes, language) : null));

  return (
    <>
      {back}
      <h1 id="preview-title">{t("previewTitle", { file: preview.fileName })}</h1>
      {/* A confirmation that wrote nothing says why above the preview, to be confirmed again or the file uploaded again. */}
      {preview.failure && (
        <p role="alert" className="field-error">
          {preview.failure}
        </p>
      )}
      <p className="muted">
        {t("uploaded", { date: format.dateTime(new Date(preview.createdAt), { dateStyle: "medium", timeStyle: "short" }), size: Math.ceil(preview.sizeBytes / 1024), version: preview.version })}
      </p>
      <p role="status">{t("summary", preview.summary)}</p>
      <p className="field-hint">
        <strong>{t("tiersTitle")}:</strong> {t("tiers")}
      </p>

      {preview.result ? (
        <section aria-labelledby="confirmed-title" className="card">
          <h2 id="confirmed-title">{t("confirmedTitle")}</h2>
          <p role="status">{t("confirmedSummary", { created: preview.result.created.length, updated: preview.result.updated.length, organisations: preview.result.organisationsCreated })}</p>
          <ImportedPrograms actor={actor} result={preview.result} headings={{ created: t("created"), updated: t("updated") }} />
        </section>
      ) : (
        <>
          <PreviewPages
            path={`/iati/import/${encodeURIComponent(preview.id)}`}
            page={shown.page}
            pages={shown.pages}
            total={stored.activities.length}
            labels={{ pages: t("pages"), range: (from, to) => t("pageOf", { from, to, total: stored.activities.length }), previous: t("previousPage"), next: t("nextPage") }}
          />
          <ImportPreviewForm
            importId={preview.id}
            activities={preview.activities.map(({ changes: _changes, ...activity }) => activity)}
            changes={changes}
            action={confirmIatiAction}
            source="iati"
            importableInAll={shown.pages > 1 ? importableIdentifiers(stored.activities).length : undefined}
          />
        </>
      )}
    </>
  );
}

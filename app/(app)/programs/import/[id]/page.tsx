import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { changeLinesOf } from "@/lib/domain/iati/import/change-lines";
import { ImportedPrograms } from "@/components/imports/imported-programs";
import { confirmSpreadsheetAction } from "@/lib/domain/spreadsheet-import/actions";
import { getSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/confirm-spreadsheet-import";
import { spreadsheetViewIn } from "@/lib/domain/spreadsheet-import/import/view";
import { historyLanguage } from "@/components/history/history-language";
import { ImportPreviewForm } from "@/components/imports/import-preview-form";
import { ImportUnderWay } from "@/components/imports/import-under-way";
import { PreviewPages } from "@/components/imports/preview-pages";
import { importableIdentifiers, previewPage } from "@/lib/domain/imports/preview-page";
import { Badge } from "@/components/ui/badge";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SpreadsheetImport"))("title") };
}

/** A spreadsheet import: its progress while read or written, then its preview, then what it wrote. */
export default async function SpreadsheetImportPreviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/programs/import/${encodeURIComponent(id)}`);
  if (!can(actor, "program.create")) notFound();
  const stored = await findOrNull(() => getSpreadsheetImport(actor, id));
  if (!stored) notFound();
  // A long spreadsheet is shown a page of programs at a time; its summary counts them all.
  const shown = previewPage(stored.programs, (await searchParams).page);
  const view = spreadsheetViewIn({ ...stored, programs: shown.entries }, await requestLocale());
  const [t, tIati, format] = await Promise.all([getTranslations("SpreadsheetImport"), getTranslations("Iati"), getFormatter()]);
  const files = view.fileNames.join(", ");
  const back = (
    <p>
      <Link href="/programs/import">← {t("uploadAnother")}</Link>
    </p>
  );

  if (view.status === "READING" || view.status === "CONFIRMING" || view.status === "FAILED") {
    return (
      <ImportUnderWay
        back={back}
        title={view.status === "FAILED" ? t("failedTitle") : t("progressTitle", { files })}
        status={view.status}
        url={`/api/v1/imports/spreadsheet/${encodeURIComponent(view.id)}`}
        progress={view.progress}
        failure={view.failure}
        source="spreadsheet"
      />
    );
  }

  const language = await historyLanguage([]);
  const changes = view.programs.map((program) => (program.changes ? changeLinesOf(program.changes, language) : null));
  return (
    <>
      {back}
      <h1 id="preview-title">{t("previewTitle", { files })}</h1>
      <p className="muted">{t("uploaded", { date: format.dateTime(new Date(view.createdAt), { dateStyle: "medium", timeStyle: "short" }), size: Math.ceil(view.sizeBytes / 1024) })}</p>
      <p role="status">{t("summary", view.summary)}</p>
      <p className="field-hint">
        <strong>{tIati("tiersTitle")}:</strong> {tIati("tiers")}
      </p>
      {view.fileProblems.length > 0 && (
        <section aria-labelledby="file-problems-title" className="card">
          <h2 id="file-problems-title">{t("fileProblemsTitle")}</h2>
          <ul>
            {view.fileProblems.map((problem, index) => (
              <li key={index}>
                <Badge>{tIati(`tier.${problem.tier}`)}</Badge> <code>{problem.where}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.result ? (
        <section aria-labelledby="confirmed-title" className="card">
          <h2 id="confirmed-title">{t("resultTitle")}</h2>
          <p role="status">{t("resultSummary", { created: view.result.created.length, updated: view.result.updated.length, failed: view.result.failed.length })}</p>
          <ImportedPrograms actor={actor} result={view.result} headings={{ created: t("created"), updated: t("updated") }} />
          {view.result.failed.length > 0 && (
            <>
              <h3>{t("failed")}</h3>
              <ul>
                {view.result.failed.map((entry) => (
                  <li key={entry.identifier}>
                    {entry.identifier}: {entry.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : (
        <>
          <PreviewPages
            path={`/programs/import/${encodeURIComponent(view.id)}`}
            page={shown.page}
            pages={shown.pages}
            total={stored.programs.length}
            labels={{ pages: tIati("pages"), range: (from, to) => t("pageOf", { from, to, total: stored.programs.length }), previous: tIati("previousPage"), next: tIati("nextPage") }}
          />
          <ImportPreviewForm
            importId={view.id}
            activities={view.programs.map(({ changes: _changes, ...program }) => program)}
            changes={changes}
            action={confirmSpreadsheetAction}
            source="spreadsheet"
            importableInAll={shown.pages > 1 ? importableIdentifiers(stored.programs).length : undefined}
          />
        </>
      )}
    </>
  );
}

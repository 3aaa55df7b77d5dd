import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { IatiPreviewForm } from "@/components/iati/iati-preview-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { getIatiImport } from "@/lib/domain/iati/import/get-iati-import";
import { listImportedPrograms } from "@/lib/domain/iati/import/list-imported-programs";
import { importViewIn } from "@/lib/domain/iati/import/view";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { changeLinesOf } from "@/lib/domain/iati/import/change-lines";
import { historyLanguage } from "@/components/history/history-language";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Iati"))("importTitle") };
}

export default async function IatiImportPreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/iati/import/${encodeURIComponent(id)}`);
  if (!can(actor, "program.create")) notFound();
  const stored = await findOrNull(() => getIatiImport(actor, id));
  if (!stored) notFound();
  const preview = importViewIn(stored, await requestLocale());
  const [t, format] = await Promise.all([getTranslations("Iati"), getFormatter()]);
  const programs = await listImportedPrograms(actor, preview);
  const language = await historyLanguage([]);
  const changes = preview.activities.map((activity) => (activity.changes ? changeLinesOf(activity.changes, language) : null));
  const link = (identifier: string) => {
    const program = programs.find((candidate) => candidate.identifier === identifier);
    return program ? <Link href={`/programs/${program.id}`}>{program.title}</Link> : identifier;
  };

  return (
    <>
      <p>
        <Link href="/iati/import">← {t("uploadAnother")}</Link>
      </p>
      <h1 id="preview-title">{t("previewTitle", { file: preview.fileName })}</h1>
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
          {(["created", "updated"] as const).map((kind) =>
            preview.result![kind].length > 0 ? (
              <Fragment key={kind}>
                <h3>{t(kind)}</h3>
                <ul>
                  {preview.result![kind].map((identifier) => (
                    <li key={identifier}>{link(identifier)}</li>
                  ))}
                </ul>
              </Fragment>
            ) : null,
          )}
        </section>
      ) : (
        <IatiPreviewForm preview={{ ...preview, activities: preview.activities.map(({ changes: _changes, ...activity }) => activity) }} changes={changes} />
      )}
    </>
  );
}

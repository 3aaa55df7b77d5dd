import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { SHEET_KINDS } from "@/lib/domain/spreadsheet-import/columns";
import { sheetName } from "@/lib/domain/spreadsheet-import/headers";
import { SpreadsheetUploadForm } from "@/components/spreadsheet-import/spreadsheet-upload-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SpreadsheetImport"))("title") };
}

const TEMPLATE = "/api/v1/imports/spreadsheet/template";

export default async function SpreadsheetImportPage() {
  const actor = await requireUser("/programs/import");
  if (!can(actor, "program.create")) notFound();
  const [t, locale] = await Promise.all([getTranslations("SpreadsheetImport"), requestLocale()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="template-title">
        <h2 id="template-title">{t("templateTitle")}</h2>
        <p>
          {/* Downloads: a plain link, never prefetched. */}
          <a href={`${TEMPLATE}?format=xlsx&locale=${locale}`} download>
            {t("templateXlsx")}
          </a>
        </p>
        <p>{t("templateCsv")}</p>
        <ul>
          {SHEET_KINDS.map((kind) => (
            <li key={kind}>
              <a href={`${TEMPLATE}?format=csv&sheet=${kind}&locale=${locale}`} download>
                {t("csvFile", { sheet: sheetName(kind, locale) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <SpreadsheetUploadForm />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { IatiUploadForm } from "@/components/iati/iati-upload-form";
import { requireUser } from "@/lib/platform/auth/session";
import { agreementActWhere, can } from "@/lib/platform/authz";
import { listAgreementOptions } from "@/lib/domain/agreements/list-agreement-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Iati"))("importTitle") };
}

export default async function IatiImportPage() {
  const actor = await requireUser("/iati/import");
  if (!can(actor, "program.create")) notFound();
  const [t, agreements] = await Promise.all([getTranslations("Iati"), listAgreementOptions(agreementActWhere(actor))]);
  return (
    <>
      <h1>{t("importTitle")}</h1>
      <p className="lead">{t("importIntro")}</p>
      <IatiUploadForm agreements={agreements} />
    </>
  );
}

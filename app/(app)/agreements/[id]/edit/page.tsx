import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { getAgreement } from "@/lib/domain/agreements/get-agreement";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listCountries } from "@/lib/domain/organisations/list-countries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AgreementForm"))("editTitle") };
}

const day = (value: Date | null) => value?.toISOString().slice(0, 10) ?? "";

export default async function EditAgreementPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/agreements/${encodeURIComponent(id)}/edit`);
  const [agreement, countries, t] = await Promise.all([getAgreement(actor, id), listCountries(), getTranslations("Agreements")]);
  if (!agreement) notFound();
  // Everyone reads agreements; only an administrator changes one, and the others are told so (403).
  if (!can(actor, "agreement.manage")) forbidden();
  return (
    <>
      <p>
        <Link href={`/agreements/${agreement.id}`}>← {t("backTo", { name: agreement.shortName })}</Link>
      </p>
      <h1>{t("editTitle", { name: agreement.shortName })}</h1>
      <AgreementForm
        countries={countries}
        agreement={{
          id: agreement.id,
          title: agreement.title,
          shortName: agreement.shortName,
          kind: agreement.kind,
          status: agreement.status,
          signedOn: day(agreement.signedOn),
          inForceOn: day(agreement.inForceOn),
          terminatedOn: day(agreement.terminatedOn),
          submissionDecisionDays: String(agreement.submissionDecisionDays),
          submissionReportDays: String(agreement.submissionReportDays),
          summary: agreement.summary,
          website: agreement.website ?? "",
          parties: agreement.parties.map((party) => party.code),
          languages: { language: agreement.language, translations: agreement.translations },
          version: agreement.version,
        }}
      />
    </>
  );
}

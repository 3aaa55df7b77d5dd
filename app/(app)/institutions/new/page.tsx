import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can, roleMay } from "@/lib/platform/authz";
import { InstitutionKind } from "@/lib/platform/db/generated/enums";
import { listInstitutionChoices } from "@/lib/domain/institutions/list-institution-choices";
import { firstParam } from "@/lib/platform/api/list-query";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("InstitutionForm"))("newTitle") };
}


/** ?agreement=, ?kind= and ?country= preset the form (a ministry adding its contact point). */
export default async function NewInstitutionPage({ searchParams }: Props) {
  const actor = await requireUser("/institutions/new");
  if (!can(actor, "institution.manage") && !can(actor, "contactPoint.manage")) notFound();
  const params = await searchParams;
  const [choices, t] = await Promise.all([listInstitutionChoices(actor), getTranslations("Institutions")]);
  const admin = roleMay(actor.role, "institution.manage");
  return (
    <>
      <p>
        <Link href="/institutions">← {t("title")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <InstitutionForm
        {...choices}
        kinds={admin ? Object.values(InstitutionKind) : ["CONTACT_POINT"]}
        initial={{
          agreementId: firstParam(params.agreement) ?? "",
          kind: admin ? (firstParam(params.kind) ?? "") : "CONTACT_POINT",
          countryCode: admin ? (firstParam(params.country) ?? "") : (actor.countryCode ?? ""),
        }}
      />
    </>
  );
}

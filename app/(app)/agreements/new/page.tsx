import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listCountries } from "@/lib/domain/organisations/list-countries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Agreements"))("newTitle") };
}

export default async function NewAgreementPage() {
  const actor = await requireUser("/agreements/new");
  if (!can(actor, "agreement.manage")) notFound();
  const [t, countries] = await Promise.all([getTranslations("Agreements"), listCountries()]);
  return (
    <>
      <p>
        <Link href="/agreements">← {t("title")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <AgreementForm countries={countries} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listCountries } from "@/lib/domain/organisations/list-countries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminOrganisations"))("newTitle") };
}

export default async function NewOrganisationPage() {
  const actor = await requireUser("/admin/organisations/new");
  if (!can(actor, "organisation.manage")) notFound();
  const [t, countries] = await Promise.all([getTranslations("AdminOrganisations"), listCountries()]);
  return (
    <>
      <p>
        <Link href="/admin/organisations">← {t("allOrganisations")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <OrganisationForm countries={countries} />
    </>
  );
}

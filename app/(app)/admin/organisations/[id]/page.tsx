import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { getOrganisation } from "@/lib/domain/organisations/get-organisation";
import { listCountries } from "@/lib/domain/organisations/list-countries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminOrganisations"))("editTitle") };
}

export default async function AdminOrganisationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/admin/organisations/${encodeURIComponent(id)}`);
  if (!can(actor, "organisation.manage")) notFound();
  const [organisation, countries, t, tKind] = await Promise.all([
    getOrganisation(actor, id),
    listCountries(),
    getTranslations("AdminOrganisations"),
    getTranslations("OrganisationKind"),
  ]);
  if (!organisation) notFound();

  return (
    <>
      <p>
        <Link href="/admin/organisations">← {t("allOrganisations")}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <dl className="facts">
        <dt>{t("kind")}</dt>
        <dd>{tKind(organisation.kind)}</dd>
        <dt>{t("country")}</dt>
        <dd>{organisation.country?.name ?? "—"}</dd>
        <dt>{t("users")}</dt>
        <dd>
          {t("userCount", { count: organisation._count.users })}{" "}
          {organisation._count.users > 0 && (
            <Link href={`/admin/users?organisation=${encodeURIComponent(organisation.id)}`}>{t("seeUsers")}</Link>
          )}
        </dd>
      </dl>

      <h2>{t("details")}</h2>
      <OrganisationForm
        countries={countries}
        organisation={{
          id: organisation.id,
          name: organisation.name,
          acronym: organisation.acronym,
          kind: organisation.kind,
          countryCode: organisation.countryCode,
          iatiIdentifier: organisation.iatiIdentifier,
          version: organisation.version,
        }}
      />

      {can(actor, "audit.read") && (
        <p>
          <Link href={`/audit?${new URLSearchParams({ entityType: "Organisation", entityId: organisation.id }).toString()}`}>{t("history")}</Link>
        </p>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can, roleMay } from "@/lib/platform/authz";
import { InstitutionKind } from "@/lib/platform/db/generated/enums";
import { getInstitution } from "@/lib/domain/institutions/get-institution";
import { listInstitutionChoices } from "@/lib/domain/institutions/list-institution-choices";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("InstitutionForm"))("editTitle") };
}

export default async function EditInstitutionPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/institutions/${encodeURIComponent(id)}/edit`);
  const institution = await getInstitution(actor, id);
  if (!institution) notFound();
  const admin = roleMay(actor.role, "institution.manage");
  const parties = institution.agreement.parties.map((party) => party.countryCode);
  const ownContactPoint =
    institution.kind === "CONTACT_POINT" && institution.countryCode === actor.countryCode && can(actor, "contactPoint.manage", { countries: parties });
  if (!admin && !ownContactPoint) forbidden();
  const [choices, t] = await Promise.all([listInstitutionChoices(actor), getTranslations("Institutions")]);
  // A ministry is offered its own country's organisations; keep a host chosen by an administrator
  // among the choices so that saving does not silently drop it.
  const host = institution.hostOrganisation;
  const organisations =
    host && !choices.organisations.some((option) => option.value === host.id) ? [...choices.organisations, { value: host.id, label: host.name }] : choices.organisations;
  return (
    <>
      <p>
        <Link href={`/institutions/${institution.id}`}>← {institution.name}</Link>
      </p>
      <h1>{t("editTitle", { name: institution.name })}</h1>
      <InstitutionForm
        {...choices}
        organisations={organisations}
        kinds={admin ? Object.values(InstitutionKind) : ["CONTACT_POINT"]}
        institution={{
          id: institution.id,
          version: institution.version,
          agreementId: institution.agreementId,
          kind: institution.kind,
          name: institution.name,
          countryCode: institution.countryCode ?? "",
          hostOrganisationId: institution.hostOrganisationId ?? "",
          contactName: institution.contactName ?? "",
          contactEmail: institution.contactEmail ?? "",
          contactPhone: institution.contactPhone ?? "",
          address: institution.address ?? "",
          website: institution.website ?? "",
          mandate: institution.mandate,
        }}
      />
    </>
  );
}

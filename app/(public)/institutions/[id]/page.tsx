import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { cache } from "react";
import { InstitutionFacts } from "@/components/institutions/institution-facts";
import { InstitutionMeetings } from "@/components/institutions/institution-meetings";
import { Badge } from "@/components/ui/badge";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can, roleMay } from "@/lib/platform/authz";
import { getInstitution } from "@/lib/domain/institutions/get-institution";
import { FlashMessage } from "@/components/flash/flash-message";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadInstitution = cache(async (id: string) => getInstitution(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadInstitution((await params).id))?.name };
}

export default async function InstitutionPage({ params }: Props) {
  const institution = await loadInstitution((await params).id);
  if (!institution) notFound();
  const [viewer, t, tKind] = await Promise.all([getCurrentUser(), getTranslations("Institution"), getTranslations("InstitutionKind")]);
  const parties = institution.agreement.parties.map((party) => party.countryCode);
  // The server checks again on saving; these only decide which links to offer.
  const mayEdit =
    (viewer && roleMay(viewer.role, "institution.manage")) ||
    (institution.kind === "CONTACT_POINT" && viewer?.countryCode === institution.countryCode && can(viewer, "contactPoint.manage", { countries: parties }));

  return (
    <>
      <FlashMessage />
      <p>
        <Link href={`/institutions?agreement=${institution.agreement.id}`}>← {t("back", { agreement: institution.agreement.shortName })}</Link>
      </p>
      <h1>{institution.name}</h1>
      <p>
        <Badge>{tKind(institution.kind)}</Badge> <Link href={`/agreements/${institution.agreement.id}`}>{institution.agreement.title}</Link>
      </p>
      {mayEdit && (
        <p>
          <Link href={`/institutions/${institution.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}
      <InstitutionFacts institution={institution} />
      <InstitutionMeetings institution={institution} signedIn={Boolean(viewer)} mayRecord={can(viewer, "meeting.manage", { countries: parties })} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { MeetingForm } from "@/components/institutions/meeting-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { getInstitution } from "@/lib/domain/institutions/get-institution";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MeetingForm"))("newTitle") };
}

export default async function NewMeetingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/institutions/${encodeURIComponent(id)}/meetings/new`);
  const [institution, t] = await Promise.all([getInstitution(actor, id), getTranslations("Institutions")]);
  if (!institution || !can(actor, "meeting.manage", { countries: institution.agreement.parties.map((party) => party.countryCode) })) notFound();
  return (
    <>
      <p>
        <Link href={`/institutions/${institution.id}`}>← {institution.name}</Link>
      </p>
      <h1>{t("newMeetingTitle", { name: institution.name })}</h1>
      <MeetingForm institutionId={institution.id} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { MeetingForm } from "@/components/institutions/meeting-form";
import { requireUser } from "@/lib/platform/auth/session";
import { getMeeting } from "@/lib/domain/institutions/meetings/get-meeting";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MeetingForm"))("editTitle") };
}

export default async function EditMeetingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/meetings/${encodeURIComponent(id)}/edit`);
  // getMeeting returns nothing the actor may not edit: ADMIN, or a ministry of a party to the agreement.
  const [meeting, t] = await Promise.all([getMeeting(actor, id), getTranslations("Institutions")]);
  if (!meeting) notFound();
  return (
    <>
      <p>
        <Link href={`/institutions/${meeting.institution.id}#meeting-${meeting.id}`}>← {meeting.institution.name}</Link>
      </p>
      <h1>{t("editMeetingTitle", { name: meeting.institution.name })}</h1>
      <MeetingForm
        institutionId={meeting.institution.id}
        meeting={{
          id: meeting.id,
          date: meeting.date.toISOString().slice(0, 10),
          place: meeting.place,
          summary: meeting.summary,
          isPublic: meeting.isPublic,
          decisions: meeting.decisions.map((decision) => decision.text).join("\n"),
          version: meeting.version,
        }}
      />
    </>
  );
}

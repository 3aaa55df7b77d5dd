import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { cache } from "react";
import { AttendanceTable } from "@/components/participation/attendance-table";
import { EventHeader } from "@/components/participation/event-header";
import { EventManage } from "@/components/participation/event-manage";
import { RecordAttendance } from "@/components/participation/record-attendance";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { getEvent } from "@/lib/domain/participation/events/get-event";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { FlashMessage } from "@/components/flash/flash-message";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; eventId: string }> };

const loadEvent = cache(async (eventId: string) => findOrNull(async () => getEvent(await getCurrentUser(), eventId)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadEvent((await params).eventId))?.title };
}

export default async function EventPage({ params }: Props) {
  const { id, eventId } = await params;
  const event = await loadEvent(eventId);
  if (!event || event.programId !== id) notFound();
  const [viewer, t] = await Promise.all([getCurrentUser(), getTranslations("Participation")]);

  return (
    <>
      <FlashMessage />
      <EventHeader event={event} />
      {event.mayManage && <EventManage event={event} />}
      <section aria-labelledby="attendance-title">
        <h2 id="attendance-title">{t("attendanceTitle")}</h2>
        <AttendanceTable event={event} viewer={viewer} />
        <RecordAttendance event={event} viewer={viewer} />
      </section>
    </>
  );
}

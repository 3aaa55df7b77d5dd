import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import type { EventView } from "@/lib/domain/participation/events/get-event";
import { ProgramLink } from "@/components/programs/program-link";

/** The event's way back to its program, its title, kind, dates, place and summary. */
export async function EventHeader({ event }: { event: EventView }) {
  const [tEvent, format] = await Promise.all([getTranslations("EventKind"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <p>
        <ProgramLink program={event.program} href={`/programs/${event.program.id}?tab=events`} prefix="← " />
      </p>
      <h1>{event.title}</h1>
      <p className="muted">
        {tEvent(event.kind)} · {date(event.startDate)}
        {event.endDate && ` – ${date(event.endDate)}`}
        {event.place && ` · ${event.place}`}
      </p>
      {event.summary && <p className="lead multiline">{event.summary}</p>}
    </>
  );
}

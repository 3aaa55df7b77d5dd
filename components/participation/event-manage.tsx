import { getTranslations } from "@/lib/platform/i18n/server";
import { deleteEventAction, updateEventAction } from "@/lib/domain/participation/actions";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import type { EventView } from "@/lib/domain/participation/events/get-event";
import { eventFields } from "./event-fields";

/** For the program's ministries: the event's form, and its deletion. */
export async function EventManage({ event }: { event: EventView }) {
  const [t, tEvent] = await Promise.all([getTranslations("Participation"), getTranslations("EventKind")]);
  return (
    <details>
      <summary>{t("editEvent")}</summary>
      <RecordForm
        action={updateEventAction}
        hidden={{ programId: event.programId, eventId: event.id, version: String(event.version) }}
        label={t("editEvent")}
        submitLabel={t("saveEvent")}
        pendingLabel={t("saving")}
        fields={eventFields(t, tEvent, event)}
      />
      <InlineActionButton
        action={deleteEventAction}
        fields={{ programId: event.programId, eventId: event.id, version: String(event.version) }}
        label={t("deleteEvent")}
        accessibleName={t("deleteEventNamed", { title: event.title })}
        pendingLabel={t("deleting")}
      />
    </details>
  );
}

import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { recordAttendanceAction } from "@/lib/domain/participation/actions";
import { RecordForm } from "@/components/ui/record-form";
import type { Viewer } from "@/lib/platform/authz";
import type { EventView } from "@/lib/domain/participation/events/get-event";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { constituencyOf, constituencyOptions } from "./event-fields";

/**
 * Recording attendance once the event has taken place: a ministry of the program for any of its
 * organisations (or none); a civil-society user for their own, which must take part first.
 */
export async function RecordAttendance({ event, viewer }: { event: EventView; viewer: Viewer }) {
  const [t, tConstituency] = await Promise.all([getTranslations("Participation"), getTranslations("Constituency")]);
  const happened = event.startDate.toISOString().slice(0, 10) <= todayUtc();
  const own = viewer && event.organisations.find((organisation) => organisation.id === viewer.organisationId);
  const counts = [
    { name: "women", label: t("women"), kind: "number", required: true, defaultValue: "0" },
    { name: "men", label: t("men"), kind: "number", required: true, defaultValue: "0" },
  ] as const;
  const organisationOptions = [{ value: "", label: t("noOrganisation") }, ...event.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))];
  return (
    <>
      {(event.mayManage || event.mayRecordOwn) && !happened && <p>{t("notYetHappened")}</p>}
      {event.mayManage && happened && (
        <>
          <h3>{t("recordAttendance")}</h3>
          <RecordForm
            action={recordAttendanceAction}
            hidden={{ programId: event.programId, eventId: event.id }}
            label={t("recordAttendance")}
            submitLabel={t("record")}
            pendingLabel={t("saving")}
            fields={[
              { name: "organisationId", label: t("organisation"), kind: "select", hint: t("organisationHint"), options: organisationOptions },
              { name: "constituency", label: t("constituency"), kind: "select", required: true, options: constituencyOptions(t, tConstituency) },
              ...counts,
            ]}
          />
        </>
      )}
      {!event.mayManage && event.mayRecordOwn && own && happened && (
        <>
          <h3>{t("recordOwnAttendance", { organisation: own.name })}</h3>
          <RecordForm
            action={recordAttendanceAction}
            hidden={{ programId: event.programId, eventId: event.id }}
            label={t("recordOwnAttendance", { organisation: own.name })}
            submitLabel={t("record")}
            pendingLabel={t("saving")}
            fields={[
              { name: "constituency", label: t("constituency"), kind: "select", required: true, defaultValue: constituencyOf(own.kind), options: constituencyOptions(t, tConstituency) },
              ...counts,
            ]}
          />
        </>
      )}
      {viewer?.role === "CIVIL_SOCIETY" && !event.mayRecordOwn && (
        <p>
          {t("joinFirst")} <Link href={`/programs/${event.programId}?tab=participants`}>{t("joinFirstLink")}</Link>
        </p>
      )}
    </>
  );
}

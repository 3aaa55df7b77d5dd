import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { deleteAttendanceAction, deleteEventAction, recordAttendanceAction, updateAttendanceAction, updateEventAction } from "@/lib/domain/participation/actions";
import { constituencyOf, constituencyOptions, eventFields } from "@/components/participation/event-fields";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { getEvent } from "@/lib/domain/participation/events/get-event";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { findOrNull } from "@/lib/platform/errors/find-or-null";

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
  const [viewer, t, tEvent, tConstituency, format] = await Promise.all([
    getCurrentUser(),
    getTranslations("Participation"),
    getTranslations("EventKind"),
    getTranslations("Constituency"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const happened = event.startDate.toISOString().slice(0, 10) <= todayUtc();
  const women = event.attendance.reduce((sum, row) => sum + row.women, 0);
  const men = event.attendance.reduce((sum, row) => sum + row.men, 0);
  const mayChange = (row: (typeof event.attendance)[number]) => event.mayManage || (event.mayRecordOwn && row.organisation?.id === viewer?.organisationId);
  const anyChangeable = event.attendance.some(mayChange);
  const own = viewer && event.organisations.find((organisation) => organisation.id === viewer.organisationId);

  return (
    <>
      <p>
        <Link href={`/programs/${event.program.id}?tab=events`}>← {event.program.title}</Link>
      </p>
      <h1>{event.title}</h1>
      <p className="muted">
        {tEvent(event.kind)} · {date(event.startDate)}
        {event.endDate && ` – ${date(event.endDate)}`}
        {event.place && ` · ${event.place}`}
      </p>
      {event.summary && <p className="lead multiline">{event.summary}</p>}

      {event.mayManage && (
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
      )}

      <section aria-labelledby="attendance-title">
        <h2 id="attendance-title">{t("attendanceTitle")}</h2>
        {event.attendance.length === 0 ? (
          <p>{t("noAttendanceYet")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t("attendanceTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("organisation")}</th>
                  <th scope="col">{t("constituency")}</th>
                  <th scope="col">{t("women")}</th>
                  <th scope="col">{t("men")}</th>
                  {anyChangeable && <th scope="col">{t("actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {event.attendance.map((row) => {
                  const name = row.organisation?.name ?? t("noOrganisation");
                  return (
                    <tr key={row.id}>
                      <th scope="row">{name}</th>
                      <td>{tConstituency(row.constituency)}</td>
                      <td>{row.women}</td>
                      <td>{row.men}</td>
                      {anyChangeable && (
                        <td>
                          {mayChange(row) && (
                            <>
                              <details>
                                <summary>{t("correct")}</summary>
                                <RecordForm
                                  action={updateAttendanceAction}
                                  hidden={{ programId: event.programId, eventId: event.id, attendanceId: row.id, version: String(row.version) }}
                                  label={t("correctNamed", { organisation: name, constituency: tConstituency(row.constituency) })}
                                  submitLabel={t("saveCounts")}
                                  pendingLabel={t("saving")}
                                  fields={[
                                    { name: "women", label: t("women"), kind: "number", required: true, defaultValue: String(row.women) },
                                    { name: "men", label: t("men"), kind: "number", required: true, defaultValue: String(row.men) },
                                  ]}
                                />
                              </details>
                              <InlineActionButton
                                action={deleteAttendanceAction}
                                fields={{ programId: event.programId, eventId: event.id, attendanceId: row.id, version: String(row.version) }}
                                label={t("remove")}
                                accessibleName={t("removeNamed", { organisation: name, constituency: tConstituency(row.constituency) })}
                                pendingLabel={t("deleting")}
                              />
                            </>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t("total")}
                  </th>
                  <td>{women}</td>
                  <td>{men}</td>
                  {anyChangeable && <td />}
                </tr>
              </tfoot>
            </table>
          </div>
        )}

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
                {
                  name: "organisationId",
                  label: t("organisation"),
                  kind: "select",
                  hint: t("organisationHint"),
                  options: [{ value: "", label: t("noOrganisation") }, ...event.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))],
                },
                { name: "constituency", label: t("constituency"), kind: "select", required: true, options: constituencyOptions(t, tConstituency) },
                { name: "women", label: t("women"), kind: "number", required: true, defaultValue: "0" },
                { name: "men", label: t("men"), kind: "number", required: true, defaultValue: "0" },
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
                { name: "women", label: t("women"), kind: "number", required: true, defaultValue: "0" },
                { name: "men", label: t("men"), kind: "number", required: true, defaultValue: "0" },
              ]}
            />
          </>
        )}
        {viewer?.role === "CIVIL_SOCIETY" && !event.mayRecordOwn && (
          <p>
            {t("joinFirst")} <Link href={`/programs/${event.programId}?tab=participants`}>{t("joinFirstLink")}</Link>
          </p>
        )}
      </section>
    </>
  );
}

import { getTranslations } from "@/lib/platform/i18n/server";
import { deleteAttendanceAction, updateAttendanceAction } from "@/lib/domain/participation/actions";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import type { Viewer } from "@/lib/platform/authz";
import type { EventView } from "@/lib/domain/participation/events/get-event";
import { TableScroll } from "@/components/ui/table-scroll";

type AttendanceRow = EventView["attendance"][number];

/**
 * Who attended the event, organisation by organisation and constituency by constituency, with the
 * totals; each row the viewer may change can be corrected or removed.
 */
export async function AttendanceTable({ event, viewer }: { event: EventView; viewer: Viewer }) {
  const [t, tConstituency] = await Promise.all([getTranslations("Participation"), getTranslations("Constituency")]);
  if (event.attendance.length === 0) return <p>{t("noAttendanceYet")}</p>;
  const women = event.attendance.reduce((sum, row) => sum + row.women, 0);
  const men = event.attendance.reduce((sum, row) => sum + row.men, 0);
  const mayChange = (row: AttendanceRow) => event.mayManage || (event.mayRecordOwn && row.organisation?.id === viewer?.organisationId);
  const anyChangeable = event.attendance.some(mayChange);
  return (
    <TableScroll label={t("attendanceTitle")}>
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
          {event.attendance.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.organisation?.name ?? t("noOrganisation")}</th>
              <td>{tConstituency(row.constituency)}</td>
              <td>{row.women}</td>
              <td>{row.men}</td>
              {anyChangeable && <td>{mayChange(row) && <AttendanceRowActions event={event} row={row} />}</td>}
            </tr>
          ))}
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
    </TableScroll>
  );
}

/** The correction of one row's counts, and its removal. */
async function AttendanceRowActions({ event, row }: { event: EventView; row: AttendanceRow }) {
  const [t, tConstituency] = await Promise.all([getTranslations("Participation"), getTranslations("Constituency")]);
  const name = row.organisation?.name ?? t("noOrganisation");
  const hidden = { programId: event.programId, eventId: event.id, attendanceId: row.id, version: String(row.version) };
  return (
    <>
      <details>
        <summary>{t("correct")}</summary>
        <RecordForm
          action={updateAttendanceAction}
          hidden={hidden}
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
        fields={hidden}
        label={t("remove")}
        accessibleName={t("removeNamed", { organisation: name, constituency: tConstituency(row.constituency) })}
        pendingLabel={t("deleting")}
      />
    </>
  );
}

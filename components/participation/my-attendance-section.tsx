import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import type { getMyOrganisation } from "@/lib/domain/organisations/my-organisation";
import { CappedTableSection } from "./capped-table-section";
import { ProgramLink } from "@/components/programs/program-link";

type Attendance = Awaited<ReturnType<typeof getMyOrganisation>>["attendance"];

/** The events the organisation attended, latest first, with its own counts. */
export async function MyAttendanceSection({ attendance, total }: { attendance: Attendance; total: number }) {
  const [t, tEvent, tConstituency, format] = await Promise.all([
    getTranslations("MyOrganisation"),
    getTranslations("EventKind"),
    getTranslations("Constituency"),
    getFormatter(),
  ]);
  return (
    <CappedTableSection
      id="events-title"
      title={t("events", { count: total })}
      empty={t("noEvents")}
      columns={[t("date"), t("event"), t("program"), t("constituency"), t("women"), t("men")]}
      shown={attendance.length}
      total={total}
    >
      {attendance.map((row) => (
        <tr key={row.id}>
          <td>{format.dateTime(row.event.startDate, { dateStyle: "medium", timeZone: "UTC" })}</td>
          <td>
            <Link href={`/programs/${row.event.program.id}/events/${row.event.id}`}>{row.event.title}</Link>{" "}
            <span className="muted">({tEvent(row.event.kind)})</span>
          </td>
          <td>
            <ProgramLink program={row.event.program} />
          </td>
          <td>{tConstituency(row.constituency)}</td>
          <td>{row.women}</td>
          <td>{row.men}</td>
        </tr>
      ))}
    </CappedTableSection>
  );
}

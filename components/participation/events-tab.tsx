import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { createEventAction } from "@/lib/domain/participation/actions";
import { RecordForm } from "@/components/ui/record-form";
import type { Viewer } from "@/lib/platform/authz";
import { listEvents } from "@/lib/domain/participation/events/list-events";
import { getSocialDialogueBalance } from "@/lib/domain/participation/events/get-social-dialogue-balance";
import { TAB_ROWS } from "@/lib/domain/programs/program-tabs";
import { BalanceChart } from "./balance-chart";
import { eventFields } from "./event-fields";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * The program's events, latest first, with who attended, the balance of constituencies over all of
 * them, and a form for the program's ministries to add one.
 */
export async function EventsTab({ viewer, programId, mayEdit, page }: { viewer: Viewer; programId: string; mayEdit: boolean; page?: string }) {
  const [t, tProgram, tEvent, format, events, balance] = await Promise.all([
    getTranslations("Participation"),
    getTranslations("Program"),
    getTranslations("EventKind"),
    getFormatter(),
    listEvents(viewer, programId, { limit: TAB_ROWS, cursor: page && /^\d{1,9}$/.test(page) ? page : undefined }),
    getSocialDialogueBalance(viewer, { programId }),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <section aria-labelledby="events-title">
        <h2 id="events-title">{tProgram("tab.events")}</h2>
        {events.data.length === 0 ? (
          <p>{tProgram("noEvents")}</p>
        ) : (
          <TableScroll label={tProgram("tab.events")}>
            <table className="table">
              <caption className="visually-hidden">{tProgram("tab.events")}</caption>
              <thead>
                <tr>
                  <th scope="col">{tProgram("date")}</th>
                  <th scope="col">{tProgram("event")}</th>
                  <th scope="col">{tProgram("place")}</th>
                  <th scope="col">{tProgram("organisations")}</th>
                  <th scope="col">{tProgram("women")}</th>
                  <th scope="col">{tProgram("men")}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.map((event) => (
                  <tr key={event.id}>
                    <td>{date(event.startDate)}</td>
                    <td>
                      <Link href={`/programs/${programId}/events/${event.id}`}>{event.title}</Link> <span className="muted">({tEvent(event.kind)})</span>
                    </td>
                    <td>{event.place ?? "—"}</td>
                    <td>{event.organisations}</td>
                    <td>{event.women}</td>
                    <td>{event.men}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {events.page.nextCursor && (
          <p>
            {tProgram("showing", { shown: events.data.length, total: events.total })}{" "}
            <Link href={`/programs/${programId}?tab=events&page=${events.page.nextCursor}`}>{t("moreEvents")}</Link>
          </p>
        )}
        {mayEdit && (
          <>
            <h3>{t("addEvent")}</h3>
            <RecordForm
              action={createEventAction}
              hidden={{ programId }}
              label={t("addEvent")}
              submitLabel={t("addEvent")}
              pendingLabel={t("saving")}
              fields={eventFields(t, tEvent)}
            />
          </>
        )}
      </section>
      <BalanceChart balance={balance} headingId="balance-title" title={t("balanceTitle")} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/platform/auth/session";
import { getMyOrganisation, MY_ORGANISATION_ROWS } from "@/lib/domain/organisations/my-organisation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MyOrganisation"))("title") };
}

/**
 * The signed-in user's organisation and its involvement, program by program: where it takes part
 * and in which role, the events it attended, the measures it answers for, and its requests to take
 * part (with, for a ministry, those awaiting its answer).
 */
export default async function MyOrganisationPage() {
  const actor = await requireUser("/my-organisation");
  const [mine, t, tRole, tStatus, tEvent, tConstituency, tMeasure, tRequest, format] = await Promise.all([
    getMyOrganisation(actor),
    getTranslations("MyOrganisation"),
    getTranslations("ParticipantRole"),
    getTranslations("ProgramStatus"),
    getTranslations("EventKind"),
    getTranslations("Constituency"),
    getTranslations("MeasureStatus"),
    getTranslations("Participation"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const capped = (shown: number, total: number) => total > shown && <p className="muted">{t("showing", { shown, total })}</p>;

  return (
    <>
      <h1>
        {mine.organisation.name}
        {mine.organisation.acronym && ` (${mine.organisation.acronym})`}
      </h1>
      <p className="lead">{t("intro")}</p>

      <section aria-labelledby="programs-title">
        <h2 id="programs-title">{t("programs", { count: mine.programCount })}</h2>
        {mine.programs.length === 0 ? (
          <p>{t("noPrograms")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t("programs", { count: mine.programCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("program")}</th>
                  <th scope="col">{t("agreement")}</th>
                  <th scope="col">{t("roles")}</th>
                  <th scope="col">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {mine.programs.map((program) => (
                  <tr key={program.id}>
                    <td>
                      <Link href={`/programs/${program.id}`}>{program.title}</Link> <span className="muted">{program.identifier}</span>
                    </td>
                    <td>{program.agreement.shortName}</td>
                    <td>{program.roles.map((role) => tRole(role)).join(", ")}</td>
                    <td>
                      {tStatus(program.status)} {program.visibility === "DRAFT" && <Badge>{t("draft")}</Badge>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {capped(mine.programs.length, mine.programCount)}
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">{t("events", { count: mine.attendanceCount })}</h2>
        {mine.attendance.length === 0 ? (
          <p>{t("noEvents")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t("events", { count: mine.attendanceCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("date")}</th>
                  <th scope="col">{t("event")}</th>
                  <th scope="col">{t("program")}</th>
                  <th scope="col">{t("constituency")}</th>
                  <th scope="col">{t("women")}</th>
                  <th scope="col">{t("men")}</th>
                </tr>
              </thead>
              <tbody>
                {mine.attendance.map((row) => (
                  <tr key={row.id}>
                    <td>{date(row.event.startDate)}</td>
                    <td>
                      <Link href={`/programs/${row.event.program.id}/events/${row.event.id}`}>{row.event.title}</Link>{" "}
                      <span className="muted">({tEvent(row.event.kind)})</span>
                    </td>
                    <td>
                      <Link href={`/programs/${row.event.program.id}`}>{row.event.program.title}</Link>
                    </td>
                    <td>{tConstituency(row.constituency)}</td>
                    <td>{row.women}</td>
                    <td>{row.men}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {capped(mine.attendance.length, mine.attendanceCount)}
      </section>

      <section aria-labelledby="measures-title">
        <h2 id="measures-title">{t("measures", { count: mine.measureCount })}</h2>
        {mine.measures.length === 0 ? (
          <p>{t("noMeasures")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t("measures", { count: mine.measureCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("due")}</th>
                  <th scope="col">{t("measure")}</th>
                  <th scope="col">{t("plan")}</th>
                  <th scope="col">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {mine.measures.map((measure) => (
                  <tr key={measure.id}>
                    <td>
                      {date(measure.dueDate)} {measure.overdue && <Badge>{t("overdue")}</Badge>}
                    </td>
                    <td>{measure.title}</td>
                    <td>
                      <Link href={`/plans/${measure.plan.id}`}>{measure.plan.title}</Link>
                    </td>
                    <td>
                      {tMeasure(measure.status)}
                      {measure.verifiedAt && ` · ${t("verified", { date: date(measure.verifiedAt) })}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {capped(mine.measures.length, mine.measureCount)}
      </section>

      <section aria-labelledby="requests-title">
        <h2 id="requests-title">{t("requests")}</h2>
        {mine.requests.made.length === 0 ? (
          <p>{t("noRequests")}</p>
        ) : (
          <ul className="card-list">
            {mine.requests.made.map((request) => (
              <li key={request.id} className="card">
                <p>
                  <Link href={`/programs/${request.program.id}?tab=participants`}>{request.program.title}</Link> · {tRole(request.role)} ·{" "}
                  <Badge>{tRequest(`status.${request.status}`)}</Badge>
                </p>
                {request.decisionReason && <p className="multiline">{tRequest("reason", { reason: request.decisionReason })}</p>}
              </li>
            ))}
          </ul>
        )}
        {mine.requests.awaiting.length > 0 && (
          <>
            <h3>{t("awaiting", { count: mine.requests.awaiting.length })}</h3>
            <ul>
              {mine.requests.awaiting.map((request) => (
                <li key={request.id}>
                  <Link href={`/programs/${request.program.id}?tab=participants`}>{request.program.title}</Link>: {request.organisation.name}, {tRole(request.role)} (
                  {date(request.createdAt)})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p className="muted">{t("limit", { rows: MY_ORGANISATION_ROWS })}</p>
    </>
  );
}

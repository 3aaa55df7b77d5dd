import "server-only";
import { planReadWhere, programReadWhere, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { isOverdue, todayUtc } from "@/lib/domain/monitoring/progress";
import { listMyRequests } from "@/lib/domain/participation/requests/list-my-requests";

/** How many rows each list on the page shows before saying how many there are in all. */
export const MY_ORGANISATION_ROWS = 100;

/**
 * What the actor's organisation is involved in, to see and prove it program by program: the
 * programs it takes part in and in which roles, the events it attended with its own counts, the
 * plan measures it is responsible for (overdue ones flagged), and its requests to take part.
 */
export async function getMyOrganisation(actor: Actor, today = todayUtc()) {
  const organisationId = actor.organisationId;
  const [organisation, programs, programCount, attendance, attendanceCount, measures, measureCount, requests] = await Promise.all([
    db().organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, name: true, acronym: true, kind: true, countryCode: true } }),
    db().cooperationProgram.findMany({
      where: { AND: [programReadWhere(actor), { participants: { some: { organisationId } } }] },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: MY_ORGANISATION_ROWS,
      select: {
        id: true,
        title: true,
        language: true,
        translations: true,
        identifier: true,
        status: true,
        visibility: true,
        agreement: { select: { shortName: true } },
        participants: { where: { organisationId }, orderBy: { role: "asc" }, select: { role: true } },
      },
    }),
    db().cooperationProgram.count({ where: { AND: [programReadWhere(actor), { participants: { some: { organisationId } } }] } }),
    db().attendance.findMany({
      where: { organisationId, event: { program: programReadWhere(actor) } },
      orderBy: [{ event: { startDate: "desc" } }, { id: "asc" }],
      take: MY_ORGANISATION_ROWS,
      select: {
        id: true,
        constituency: true,
        women: true,
        men: true,
        event: { select: { id: true, title: true, kind: true, startDate: true, program: { select: { id: true, title: true, language: true, translations: true } } } },
      },
    }),
    db().attendance.count({ where: { organisationId, event: { program: programReadWhere(actor) } } }),
    db().measure.findMany({
      where: { responsibleOrganisationId: organisationId, plan: planReadWhere(actor) },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: MY_ORGANISATION_ROWS,
      select: { id: true, title: true, dueDate: true, status: true, verifiedAt: true, plan: { select: { id: true, title: true, status: true } } },
    }),
    db().measure.count({ where: { responsibleOrganisationId: organisationId, plan: planReadWhere(actor) } }),
    listMyRequests(actor),
  ]);

  return {
    organisation,
    programs: programs.map(({ participants, ...program }) => ({ ...program, roles: participants.map((participant) => participant.role) })),
    programCount,
    attendance,
    attendanceCount,
    measures: measures.map((measure) => ({
      ...measure,
      // As on the list of overdue measures: a draft's measures are not due yet, a closed plan's are settled.
      overdue: !["DRAFT", "CLOSED"].includes(measure.plan.status) && isOverdue(measure.dueDate.toISOString().slice(0, 10), measure.status === "MET", today),
    })),
    measureCount,
    requests,
  };
}

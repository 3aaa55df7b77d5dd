import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { listAuditEvents } from "@/lib/platform/audit/list-audit-events";
import { getMyOrganisation } from "@/lib/domain/organisations/my-organisation";
import { listPlans } from "@/lib/domain/plans/list-plans";
import { listOverdueMeasures } from "@/lib/domain/plans/measures/list-overdue-measures";
import { listPrograms } from "@/lib/domain/programs/list-programs";
import { listPendingInvitations } from "./list-pending-invitations";

/** How many items each section shows before linking to the whole list. */
export const MY_WORK_ROWS = 5;

const FIRST = { limit: MY_WORK_ROWS };

/**
 * What is waiting for the signed-in user, by role, each part from the domain's own scoped queries:
 * a ministry's draft programs and its organisation's overdue reports and measures; an analyst's
 * review queue; a civil-society organisation's requests to take part and the measures it answers
 * for; an administrator's recent activity and invitations not yet taken up.
 */
export async function loadMyWork(actor: Actor) {
  switch (actor.role) {
    case "GOVERNMENT": {
      const [drafts, overdueReports, overdueMeasures] = await Promise.all([
        listPrograms(actor, { visibility: "DRAFT", sort: "updated" }, FIRST),
        listPrograms(actor, { health: "overdueReports", organisation: actor.organisationId, sort: "updated" }, FIRST),
        listOverdueMeasures(actor, { limit: MY_WORK_ROWS, offset: 0, organisationId: actor.organisationId }),
      ]);
      return { role: actor.role, drafts, overdueReports, overdueMeasures };
    }
    case "ANALYST":
      return { role: actor.role, reviewQueue: await listPlans(actor, { awaiting: "review" }, FIRST) };
    case "CIVIL_SOCIETY": {
      const mine = await getMyOrganisation(actor);
      return { role: actor.role, requests: mine.requests, measures: mine.measures.slice(0, MY_WORK_ROWS), measureCount: mine.measureCount };
    }
    case "ADMIN": {
      const [activity, invitations] = await Promise.all([listAuditEvents(actor, {}, FIRST), listPendingInvitations(actor, MY_WORK_ROWS)]);
      return { role: actor.role, activity, invitations };
    }
  }
}

export type MyWork = Awaited<ReturnType<typeof loadMyWork>>;

import "server-only";
import { db } from "@/lib/platform/db";

/** The organisations that take part in at least one program, as choices for the list's filter. */
export async function listParticipatingOrganisations() {
  return db().organisation.findMany({
    where: { participations: { some: {} } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

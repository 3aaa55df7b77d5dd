import "server-only";
import { db } from "@/lib/platform/db";

/** Every party's contact point (public, like the institutions directory), by agreement and name. */
export function listContactPointOptions() {
  return db().institution.findMany({
    where: { kind: "CONTACT_POINT", countryCode: { not: null } },
    orderBy: [{ agreement: { shortName: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, countryCode: true, agreement: { select: { id: true, shortName: true } } },
  });
}

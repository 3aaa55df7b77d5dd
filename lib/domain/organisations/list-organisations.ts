import "server-only";
import { assertKnownCursor, keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { type Viewer, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TOrganisationFilter } from "@/lib/domain/organisations/schemas";
import { idsContaining } from "@/lib/platform/db/ids-containing";

/**
 * Organisations for the ADMIN, ordered by name, filtered and paged in SQL, each with its number of
 * user accounts. `q` matches the name, acronym or IATI identifier, whatever the case and the accents.
 */
export async function listOrganisations(viewer: Viewer, filter: TOrganisationFilter, { limit, cursor }: TPageQuery) {
  requirePermission(viewer, "organisation.manage");
  const where: Prisma.OrganisationWhereInput = {
    ...(filter.q && { id: { in: await idsContaining({ table: "Organisation", columns: ["name", "acronym", "iatiIdentifier"] }, filter.q) } }),
    ...(filter.kind && { kind: filter.kind }),
    ...(filter.country && { countryCode: filter.country }),
  };
  await assertKnownCursor(cursor, (id) => db().organisation.count({ where: { id } }));
  const rows = await db().organisation.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...keysetArgs({ limit, cursor }),
    select: {
      id: true,
      name: true,
      acronym: true,
      kind: true,
      countryCode: true,
      iatiIdentifier: true,
      country: { select: { name: true } },
      _count: { select: { users: true } },
    },
  });
  return toPage(rows, limit, (row) => row.id);
}

import "server-only";
import { offsetFromCursor, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { meetingReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TInstitutionFilter } from "@/lib/domain/agreements/schemas";
import { idsContaining } from "@/lib/platform/db/ids-containing";

/**
 * The institution directory: who to contact about an agreement in a country. Filtered and paged
 * in SQL, ordered by agreement, kind, country and name. Filtering by a country keeps the
 * institutions of every party (councils, secretariats) and that country's own contact point and
 * national groups. Pages by offset (see offsetFromCursor).
 */
export async function listInstitutions(viewer: Viewer, filter: TInstitutionFilter, { limit, cursor }: TPageQuery) {
  const offset = offsetFromCursor(cursor);
  const matching = filter.q ? await idsContaining({ table: "Institution", columns: ["name", "contactName"] }, filter.q) : [];
  const where: Prisma.InstitutionWhereInput = {
    ...(filter.agreement && { agreementId: filter.agreement }),
    ...(filter.kind && { kind: filter.kind }),
    ...(filter.country && {
      agreement: { parties: { some: { countryCode: filter.country } } },
      OR: [{ countryCode: filter.country }, { countryCode: null }],
    }),
    ...(filter.q && {
      AND: [
        {
          OR: [
            { id: { in: matching } },
            { hostOrganisation: { id: { in: await idsContaining({ table: "Organisation", columns: ["name", "acronym"] }, filter.q) } } },
          ],
        },
      ],
    }),
  };
  const rows = await db().institution.findMany({
    where,
    orderBy: [{ agreement: { shortName: "asc" } }, { kind: "asc" }, { countryCode: { sort: "asc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
    skip: offset,
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      name: true,
      agreement: { select: { id: true, shortName: true } },
      country: { select: { code: true, name: true } },
      hostOrganisation: { select: { id: true, name: true } },
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      address: true,
      website: true,
      version: true,
      _count: { select: { meetings: { where: meetingReadWhere(viewer) } } },
    },
  });
  return toPage(rows, limit, () => String(offset + limit));
}

export type InstitutionListItem = Awaited<ReturnType<typeof listInstitutions>>["data"][number];

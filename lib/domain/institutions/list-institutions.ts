import "server-only";
import { offsetFromCursor, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { meetingReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TInstitutionFilter } from "@/lib/domain/agreements/schemas";

/**
 * The institution directory: who to contact about an agreement in a country. Filtered and paged
 * in SQL, ordered by agreement, kind, country and name. Filtering by a country keeps the
 * institutions of every party (councils, secretariats) and that country's own contact point and
 * national groups. Pages by offset (see offsetFromCursor).
 */
export async function listInstitutions(viewer: Viewer, filter: TInstitutionFilter, { limit, cursor }: TPageQuery) {
  const offset = offsetFromCursor(cursor);
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
            { name: { contains: filter.q, mode: "insensitive" } },
            { contactName: { contains: filter.q, mode: "insensitive" } },
            { hostOrganisation: { name: { contains: filter.q, mode: "insensitive" } } },
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

import "server-only";
import { offsetFromCursor, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { programReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AGREEMENT_FIELDS_SELECT } from "@/lib/domain/agreements/agreement-summary-select";
import type { TAgreementFilter } from "@/lib/domain/agreements/schemas";
import { idsContaining } from "@/lib/platform/db/ids-containing";

const ORDER: Record<TAgreementFilter["sort"], Prisma.AgreementOrderByWithRelationInput> = {
  title: { title: "asc" },
  "-title": { title: "desc" },
  inForceOn: { inForceOn: { sort: "asc", nulls: "last" } },
  "-inForceOn": { inForceOn: { sort: "desc", nulls: "last" } },
  signedOn: { signedOn: { sort: "asc", nulls: "last" } },
  "-signedOn": { signedOn: { sort: "desc", nulls: "last" } },
};

/**
 * Agreements (public texts, visible to everyone), filtered, sorted and paged in SQL, each with its
 * parties and the number of its provisions and of the programs the viewer may read. `q` matches
 * the title, short name or summary (in any of its languages), whatever the case and the accents. Pages by offset (see offsetFromCursor).
 */
export async function listAgreements(viewer: Viewer, filter: TAgreementFilter, { limit, cursor }: TPageQuery) {
  const offset = offsetFromCursor(cursor);
  const where: Prisma.AgreementWhereInput = {
    ...(filter.q && { id: { in: await idsContaining({ table: "Agreement", columns: ["title", "shortName", "summary"], translated: ["summary"] }, filter.q) } }),
    ...(filter.party && { parties: { some: { countryCode: filter.party } } }),
    ...(filter.status && { status: filter.status }),
    ...(filter.kind && { kind: filter.kind }),
  };
  const rows = await db().agreement.findMany({
    where,
    orderBy: [ORDER[filter.sort], { id: "asc" }],
    take: limit + 1,
    skip: offset,
    select: {
      ...AGREEMENT_FIELDS_SELECT,
      parties: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
      _count: { select: { provisions: true, programs: { where: programReadWhere(viewer) } } },
    },
  });
  const page = toPage(rows, limit, () => String(offset + limit));
  return {
    ...page,
    data: page.data.map(({ parties, _count, ...agreement }) => ({
      ...agreement,
      parties: parties.map((party) => party.country),
      provisionCount: _count.provisions,
      programCount: _count.programs,
    })),
  };
}

export type AgreementListItem = Awaited<ReturnType<typeof listAgreements>>["data"][number];

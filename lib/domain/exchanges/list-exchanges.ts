import "server-only";
import { offsetFromCursor, type Page, type TPageQuery } from "@/lib/platform/api/pagination";
import { exchangeReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { EXCHANGE_SORTS, TExchangeFilter } from "@/lib/domain/exchanges/schemas";
import { readTranslations } from "@/lib/domain/iati/translations";
import { EXCHANGE_LIST_SELECT } from "./exchange-select";
import { idsContaining } from "@/lib/platform/db/ids-containing";

/** The conditions of `filter`, each to be met. `to` also matches what went to all parties of an agreement the country is party to. */
async function filterWhere(filter: TExchangeFilter): Promise<Prisma.InformationExchangeWhereInput[]> {
  const conditions: Prisma.InformationExchangeWhereInput[] = [];
  if (filter.agreementId) conditions.push({ agreementId: filter.agreementId });
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.from) conditions.push({ fromCountryCode: filter.from });
  if (filter.to) {
    conditions.push({
      OR: [
        { toCountryCode: filter.to },
        { toCountryCode: null, fromCountryCode: { not: filter.to }, agreement: { parties: { some: { countryCode: filter.to } } } },
      ],
    });
  }
  if (filter.year !== undefined) conditions.push({ date: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } });
  if (filter.visibility) conditions.push({ isPublic: filter.visibility === "public" });
  // The title and summary in any of their languages, whatever the case and the accents.
  if (filter.q) conditions.push({ id: { in: await idsContaining({ table: "InformationExchange", columns: ["title", "summary"], translated: ["title", "summary"] }, filter.q) } });
  return conditions;
}

const EXCHANGE_ORDER: Record<(typeof EXCHANGE_SORTS)[number], Prisma.InformationExchangeOrderByWithRelationInput> = {
  "-date": { date: "desc" },
  date: { date: "asc" },
  title: { title: "asc" },
  "-title": { title: "desc" },
};

type ListRow = Prisma.InformationExchangeGetPayload<{ select: typeof EXCHANGE_LIST_SELECT }>;

function listItem({ _count, translations, ...exchange }: ListRow) {
  return { ...exchange, translations: readTranslations(translations), provisionCount: _count.provisions, documentCount: _count.documents };
}

export type ExchangeListItem = ReturnType<typeof listItem>;

/**
 * The exchanges `viewer` may read that match `filter`, newest first, filtered and paged in SQL,
 * with how many match in all. `q` looks in the title and the summary, whatever the case. The cursor
 * is the offset of the next page (see offsetFromCursor).
 */
export async function listExchanges(viewer: Viewer, filter: TExchangeFilter, { limit, cursor }: TPageQuery): Promise<Page<ExchangeListItem> & { total: number }> {
  const offset = offsetFromCursor(cursor);
  const where: Prisma.InformationExchangeWhereInput = { AND: [exchangeReadWhere(viewer), ...(await filterWhere(filter))] };
  const [rows, total] = await Promise.all([
    db().informationExchange.findMany({ where, orderBy: [EXCHANGE_ORDER[filter.sort ?? "-date"], { id: "desc" }], skip: offset, take: limit + 1, select: EXCHANGE_LIST_SELECT }),
    db().informationExchange.count({ where }),
  ]);
  const data = rows.slice(0, limit).map(listItem);
  return { data, page: { limit, nextCursor: rows.length > limit ? String(offset + limit) : null }, total };
}

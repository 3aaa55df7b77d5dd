import "server-only";
import { offsetFromCursor, type Page, type TPageQuery } from "@/lib/platform/api/pagination";
import type { Viewer } from "@/lib/platform/authz";
import { programReadSql } from "@/lib/platform/authz/sql";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { healthFilterSql } from "@/lib/domain/monitoring/program-health";
import { PROGRAM_SUMMARY_SELECT, type ProgramSummary } from "./program-summary";
import { PROGRAM_SEARCH_DOCUMENT, prefixQuery } from "./program-search";

/** How a program appears in lists: its summary, plus what the list filters on. */
export const PROGRAM_LIST_SELECT = {
  ...PROGRAM_SUMMARY_SELECT,
  topics: true,
  actualStart: true,
  actualEnd: true,
  beneficiaries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
} satisfies Prisma.CooperationProgramSelect;

export type ProgramListItem = ProgramSummary & Prisma.CooperationProgramGetPayload<{ select: typeof PROGRAM_LIST_SELECT }>;

/** The conditions of a filter, for programs aliased `p`, within what the viewer may read. */
export function programFilterSql(viewer: Viewer, filter: TProgramFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [programReadSql(viewer)];
  if (filter.agreement) conditions.push(Prisma.sql`p."agreementId" = ${filter.agreement}`);
  if (filter.type) conditions.push(Prisma.sql`p."type" = CAST(${filter.type} AS "ProgramType")`);
  if (filter.status) conditions.push(Prisma.sql`p."status" = CAST(${filter.status} AS "ProgramStatus")`);
  if (filter.visibility) conditions.push(Prisma.sql`p."visibility" = CAST(${filter.visibility} AS "Visibility")`);
  if (filter.health) conditions.push(healthFilterSql(filter.health));
  if (filter.topic) conditions.push(Prisma.sql`p."topics" @> ARRAY[CAST(${filter.topic} AS "LabourTopic")]`);
  if (filter.country) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProgramCountry" pc WHERE pc."programId" = p."id" AND pc."countryCode" = ${filter.country})`);
  }
  if (filter.organisation) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Participant" po WHERE po."programId" = p."id" AND po."organisationId" = ${filter.organisation})`);
  }
  if (filter.year !== undefined) {
    // Programs running at some point of the year, by their actual dates where known, else the planned ones.
    conditions.push(Prisma.sql`COALESCE(p."actualStart", p."plannedStart") <= CAST(${`${filter.year}-12-31`} AS date)
      AND COALESCE(p."actualEnd", p."plannedEnd", 'infinity'::date) >= CAST(${`${filter.year}-01-01`} AS date)`);
  }
  const query = filter.q === undefined ? null : prefixQuery(filter.q);
  // A search with no letters or digits in it matches nothing rather than everything.
  if (filter.q !== undefined) conditions.push(query ? Prisma.sql`${PROGRAM_SEARCH_DOCUMENT} @@ to_tsquery('simple'::regconfig, ${query})` : Prisma.sql`FALSE`);
  return Prisma.join(conditions, " AND ");
}

function orderSql(filter: TProgramFilter): Prisma.Sql {
  const query = filter.q === undefined ? null : prefixQuery(filter.q);
  switch (filter.sort) {
    case "relevance":
      return query
        ? Prisma.sql`ts_rank(${PROGRAM_SEARCH_DOCUMENT}, to_tsquery('simple'::regconfig, ${query})) DESC, p."updatedAt" DESC, p."id" DESC`
        : Prisma.sql`p."updatedAt" DESC, p."id" DESC`;
    case "title":
      return Prisma.sql`p."title" ASC, p."id" ASC`;
    case "start":
      return Prisma.sql`COALESCE(p."actualStart", p."plannedStart") DESC NULLS LAST, p."id" DESC`;
    case "identifier":
      return Prisma.sql`p."identifier" ASC`;
    case "updated":
      return Prisma.sql`p."updatedAt" DESC, p."id" DESC`;
  }
}

/**
 * How far a list counts its matches. Past it, the list says "more than 1,000": counting every match
 * of a broad search would cost time in proportion to the whole register (a search matching 8,700 of
 * 20,000 programs takes 55 ms to count), where stopping here bounds it whatever the volume.
 */
export const PROGRAM_COUNT_LIMIT = 1000;

/** The number of matches up to the limit, and whether there are more. */
export type ProgramCount = { total: number; totalCapped: boolean };

/**
 * The ids of one page of the filtered list, in order, and how many programs match (up to
 * PROGRAM_COUNT_LIMIT); `count: false` leaves the counting out.
 */
export async function programIdPage(viewer: Viewer, filter: TProgramFilter, offset: number, limit: number, { count = true } = {}) {
  const where = programFilterSql(viewer, filter);
  // Two queries rather than count(*) OVER (): the page alone can walk an index and stop after
  // `limit` rows, where a window count sorts every matching program first (60 ms against 3 + 4 ms
  // at 20,000 programs).
  const [rows, counted] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "CooperationProgram" p
      WHERE ${where}
      ORDER BY ${orderSql(filter)}
      LIMIT ${limit} OFFSET ${offset}`,
    count
      ? db().$queryRaw<{ total: bigint }[]>`
          SELECT count(*) AS total FROM (SELECT 1 FROM "CooperationProgram" p WHERE ${where} LIMIT ${PROGRAM_COUNT_LIMIT + 1}) AS matched`
      : null,
  ]);
  const matched = counted && rows.length ? Number(counted[0]!.total) : null;
  return {
    ids: rows.map((row) => row.id),
    count: matched === null ? null : { total: Math.min(matched, PROGRAM_COUNT_LIMIT), totalCapped: matched > PROGRAM_COUNT_LIMIT },
  };
}

/**
 * The programs the viewer may read that match `filter`, one page at a time: filtered, searched,
 * sorted and paged in PostgreSQL. The cursor is the offset of the next page.
 */
export async function listPrograms(
  viewer: Viewer,
  filter: TProgramFilter,
  { limit, cursor }: TPageQuery,
): Promise<Page<ProgramListItem> & { total: number | null; totalCapped: boolean }> {
  const offset = offsetFromCursor(cursor);
  const { ids, count } = await programIdPage(viewer, filter, offset, limit + 1);
  const pageIds = ids.slice(0, limit);
  const rows = pageIds.length ? await db().cooperationProgram.findMany({ where: { id: { in: pageIds } }, select: PROGRAM_LIST_SELECT }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const data = pageIds.map((id) => byId.get(id)).filter((row): row is ProgramListItem => row !== undefined);
  return {
    data,
    page: { limit, nextCursor: ids.length > limit ? String(offset + limit) : null },
    total: count?.total ?? (offset === 0 ? 0 : null),
    totalCapped: count?.totalCapped ?? false,
  };
}

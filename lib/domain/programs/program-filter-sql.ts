import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { programReadSql } from "@/lib/platform/authz/sql";
import { Prisma } from "@/lib/platform/db/generated/client";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { healthFilterSql } from "@/lib/domain/monitoring/program-health";
import { PROGRAM_SEARCH_DOCUMENT, prefixQuery, programSearchQuery } from "./program-search";

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
  if (filter.q !== undefined) conditions.push(query ? Prisma.sql`${PROGRAM_SEARCH_DOCUMENT} @@ ${programSearchQuery(query)}` : Prisma.sql`FALSE`);
  return Prisma.join(conditions, " AND ");
}

export function programOrderSql(filter: TProgramFilter): Prisma.Sql {
  const query = filter.q === undefined ? null : prefixQuery(filter.q);
  switch (filter.sort) {
    case "relevance":
      return query
        ? Prisma.sql`ts_rank(${PROGRAM_SEARCH_DOCUMENT}, ${programSearchQuery(query)}) DESC, p."updatedAt" DESC, p."id" DESC`
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

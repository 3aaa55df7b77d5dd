// The program read scope of where.ts as SQL, for the queries Prisma's query builder cannot express
// (full-text search). Both must agree: tests/integration/program-list.test.ts compares them per role.
import { Prisma } from "@/lib/platform/db/generated/client";
import type { Viewer } from "./actor";

/** Programs (aliased `p`) the viewer may read: published ones, plus drafts within their scope. */
export function programReadSql(viewer: Viewer): Prisma.Sql {
  const published = Prisma.sql`p."visibility" = 'PUBLISHED'`;
  if (!viewer) return published;
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return Prisma.sql`TRUE`;
    case "GOVERNMENT":
      return Prisma.sql`(${published} OR EXISTS (
        SELECT 1 FROM "Organisation" ro WHERE ro."id" = p."reportingOrganisationId" AND ro."countryCode" = ${viewer.countryCode ?? ""}))`;
    case "CIVIL_SOCIETY":
      return Prisma.sql`(${published} OR EXISTS (
        SELECT 1 FROM "Participant" pa WHERE pa."programId" = p."id" AND pa."organisationId" = ${viewer.organisationId}))`;
  }
}

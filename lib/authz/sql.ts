// The program read scope of where.ts as SQL, for the queries Prisma's query builder cannot express
// (full-text search). Both must agree: tests/integration/program-list.test.ts compares them per role.
import { Prisma } from "@/lib/db/generated/client";
import type { Viewer } from "./actor";

/** Programs (aliased `p`) the viewer may read: published ones, plus drafts within their scope. */
export function programReadSql(viewer: Viewer): Prisma.Sql {
  const published = Prisma.sql`p."visibility" = 'PUBLISHED'`;
  if (!viewer) return published;
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return Prisma.sql`TRUE`;
    case "GOVERNMENT": {
      const country = viewer.countryCode ?? "";
      return Prisma.sql`(${published} OR (
        EXISTS (SELECT 1 FROM "AgreementParty" ap WHERE ap."agreementId" = p."agreementId" AND ap."countryCode" = ${country})
        AND EXISTS (
          SELECT 1 FROM "Participant" pa JOIN "Organisation" o ON o."id" = pa."organisationId"
          WHERE pa."programId" = p."id" AND (pa."organisationId" = ${viewer.organisationId} OR o."countryCode" = ${country})
        )))`;
    }
    case "CIVIL_SOCIETY":
      return Prisma.sql`(${published} OR EXISTS (
        SELECT 1 FROM "Participant" pa WHERE pa."programId" = p."id" AND pa."organisationId" = ${viewer.organisationId}))`;
  }
}

import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { programFilterSql } from "@/lib/domain/programs/program-filter-sql";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import type { ExportedProgram } from "./types";

/** Programs read per query while the file streams; memory holds one batch at a time. */
const ACTIVITY_BATCH = 100;

/** The organisation row aliased `alias` as JSON. */
const organisationJson = (alias: string) => {
  const o = Prisma.raw(`"${alias}"`);
  return Prisma.sql`json_build_object('name', ${o}."name", 'kind', ${o}."kind", 'countryCode', ${o}."countryCode", 'iatiIdentifier', ${o}."iatiIdentifier", 'translations', ${o}."translations")`;
};
const UTC = Prisma.sql`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The programs `ids` as ExportedPrograms, in identifier order. PostgreSQL builds each program's
 * document in one query, with every list in the order the file gives it, so that the same data
 * always gives the same file.
 */
async function loadActivities(ids: string[]): Promise<ExportedProgram[]> {
  const rows = await db().$queryRaw<{ doc: ExportedProgram }[]>`
    SELECT json_build_object(
      'id', p."id", 'identifier', p."identifier", 'title', p."title", 'summary', p."summary", 'objectives', p."objectives",
      'type', p."type", 'status', p."status", 'topics', COALESCE(to_json(p."topics"), '[]'),
      'plannedStart', p."plannedStart", 'plannedEnd', p."plannedEnd", 'actualStart', p."actualStart", 'actualEnd', p."actualEnd",
      'currencyCode', p."currencyCode", 'language', p."language", 'translations', p."translations",
      'createdAt', to_char(p."createdAt", ${UTC}), 'updatedAt', to_char(p."updatedAt", ${UTC}),
      'fundingAmount', p."fundingAmount"::text, 'expertiseArea', p."expertiseArea", 'researchQuestions', p."researchQuestions",
      'researchOutputs', p."researchOutputs", 'exchangeSubject', p."exchangeSubject", 'exchangeBetween', p."exchangeBetween",
      'funder', (SELECT ${organisationJson("f")} FROM "Organisation" f WHERE f."id" = p."funderId"),
      'reporter', (SELECT ${organisationJson("ro")} FROM "Organisation" ro WHERE ro."id" = p."reportingOrganisationId"),
      'agreement', json_build_object('shortName', a."shortName"),
      'leadInstitution', (SELECT json_build_object('name', li."name") FROM "Institution" li WHERE li."id" = p."leadInstitutionId"),
      'beneficiaries', COALESCE((SELECT json_agg(json_build_object('countryCode', pc."countryCode") ORDER BY pc."countryCode") FROM "ProgramCountry" pc WHERE pc."programId" = p."id"), '[]'),
      'provisions', COALESCE((SELECT json_agg(json_build_object('provision', json_build_object('article', lp."article", 'topic', lp."topic")))
        FROM "ProgramProvision" pp JOIN "LabourProvision" lp ON lp."id" = pp."provisionId" WHERE pp."programId" = p."id"), '[]'),
      'participants', COALESCE((SELECT json_agg(json_build_object('role', pa."role", 'organisation', ${organisationJson("o")}))
        FROM "Participant" pa JOIN "Organisation" o ON o."id" = pa."organisationId" WHERE pa."programId" = p."id"), '[]'),
      'budgets', COALESCE((SELECT json_agg(json_build_object('type', b."type", 'status', b."status", 'periodStart', b."periodStart", 'periodEnd', b."periodEnd",
          'amount', b."amount"::text, 'currencyCode', b."currencyCode", 'valueDate', b."valueDate")
        ORDER BY b."periodStart", b."type", b."status", b."amount") FROM "Budget" b WHERE b."programId" = p."id"), '[]'),
      'transactions', COALESCE((SELECT json_agg(json_build_object('type', t."type", 'date', t."date", 'amount', t."amount"::text, 'currencyCode', t."currencyCode",
          'reference', t."reference", 'description', t."description", 'translations', t."translations",
          'provider', CASE WHEN pr."id" IS NULL THEN NULL ELSE ${organisationJson("pr")} END,
          'receiver', CASE WHEN rc."id" IS NULL THEN NULL ELSE ${organisationJson("rc")} END)
        ORDER BY t."date", t."type", t."amount", t."reference", t."description")
        FROM "Transaction" t LEFT JOIN "Organisation" pr ON pr."id" = t."providerId" LEFT JOIN "Organisation" rc ON rc."id" = t."receiverId"
        WHERE t."programId" = p."id"), '[]'),
      'indicators', COALESCE((SELECT json_agg(json_build_object('title', i."title", 'description', i."description", 'level', i."level", 'measure', i."measure",
          'ascending', i."ascending", 'baselineYear', i."baselineYear", 'baselineValue', i."baselineValue"::text, 'baselineText', i."baselineText",
          'unit', i."unit", 'translations', i."translations",
          'periods', COALESCE((SELECT json_agg(json_build_object('periodStart', ip."periodStart", 'periodEnd', ip."periodEnd", 'targetValue', ip."targetValue"::text,
              'targetText', ip."targetText", 'actualValue', ip."actualValue"::text, 'actualText', ip."actualText", 'comment', ip."comment") ORDER BY ip."periodStart")
            FROM "IndicatorPeriod" ip WHERE ip."indicatorId" = i."id"), '[]'))
        ORDER BY i."level", i."title") FROM "Indicator" i WHERE i."programId" = p."id"), '[]'),
      'documents', COALESCE((SELECT json_agg(json_build_object('id', d."id", 'title', d."title", 'category', d."category", 'url', d."url",
          'contentType', d."contentType", 'languageCode', d."languageCode", 'documentDate', d."documentDate", 'translations', d."translations")
        ORDER BY d."title", d."url") FROM "Document" d WHERE d."programId" = p."id"), '[]')
    ) AS doc
    FROM "CooperationProgram" p JOIN "Agreement" a ON a."id" = p."agreementId"
    WHERE p."id" = ANY(${ids})
    ORDER BY p."identifier"`;
  return rows.map((row) => row.doc);
}

/**
 * The programs the list shows for `filter` (within what the viewer may read), in batches ordered by
 * identifier, each program with everything its IATI activity holds.
 */
export async function* activityBatches(viewer: Viewer, filter: TProgramFilter, programId?: string): AsyncGenerator<ExportedProgram[]> {
  const where = programId === undefined ? programFilterSql(viewer, filter) : Prisma.sql`${programFilterSql(viewer, filter)} AND p."id" = ${programId}`;
  const fetchBatch = async (after: string) => {
    const page = await db().$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "CooperationProgram" p
      WHERE ${where} AND p."identifier" > ${after}
      ORDER BY p."identifier" LIMIT ${ACTIVITY_BATCH}`;
    return page.length ? loadActivities(page.map((row) => row.id)) : [];
  };
  // The next batch is read (by PostgreSQL) while the current one is written.
  let next = fetchBatch("");
  for (;;) {
    const programs = await next;
    if (!programs.length) return;
    const full = programs.length === ACTIVITY_BATCH;
    next = full ? fetchBatch(programs.at(-1)!.identifier) : Promise.resolve([]);
    // A client that stops reading leaves the prefetched batch unread; its failure then concerns nobody.
    next.catch(() => undefined);
    yield programs;
    if (!full) return;
  }
}

import "server-only";
import { db } from "@/lib/platform/db";
import { AGREEMENT_FIELDS_SELECT } from "@/lib/domain/agreements/agreement-summary-select";

/**
 * The agreements as an anonymous visitor sees them: every agreement (they are public texts) with
 * its parties and the number of its published programs and of its labour provisions.
 */
export async function listPublicAgreements() {
  const agreements = await db().agreement.findMany({
    orderBy: [{ inForceOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      ...AGREEMENT_FIELDS_SELECT,
      summary: true,
      parties: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
      _count: { select: { provisions: true, programs: { where: { visibility: "PUBLISHED" } } } },
    },
  });
  return agreements.map(({ parties, _count, ...agreement }) => ({
    ...agreement,
    parties: parties.map((party) => party.country),
    publishedPrograms: _count.programs,
    provisions: _count.provisions,
  }));
}

export type PublicAgreementSummary = Awaited<ReturnType<typeof listPublicAgreements>>[number];

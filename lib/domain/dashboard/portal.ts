import "server-only";
import { exchangeReadWhere, programReadWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/**
 * The public portal's figures and its latest published programs: counted in the database, over what
 * an anonymous visitor may read.
 */
export async function getPortal({ recent = 6 }: { recent?: number } = {}) {
  const published = programReadWhere(null);
  const [programs, agreements, exchanges, involved, latest] = await Promise.all([
    db().cooperationProgram.count({ where: published }),
    db().agreement.count(),
    db().informationExchange.count({ where: exchangeReadWhere(null) }),
    db().cooperationProgram.count({
      where: { AND: [published, { participants: { some: { organisation: { kind: { in: ["WORKERS_ORGANISATION", "EMPLOYERS_ORGANISATION", "NGO"] } } } } }] },
    }),
    db().cooperationProgram.findMany({
      where: published,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: recent,
      select: { id: true, title: true, language: true, translations: true, identifier: true, type: true, publishedAt: true, agreement: { select: { shortName: true } } },
    }),
  ]);
  return { programs, agreements, exchanges, civilSociety: { involved, total: programs }, latest };
}

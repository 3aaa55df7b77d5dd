import "server-only";
import { db } from "@/lib/db";

/** One agreement with its parties and labour provisions, or null when there is none with this id. */
export async function getPublicAgreement(id: string) {
  const agreement = await db().agreement.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      shortName: true,
      kind: true,
      status: true,
      signedOn: true,
      inForceOn: true,
      summary: true,
      website: true,
      parties: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
      provisions: {
        select: { id: true, article: true, category: true, topic: true, title: true, text: true },
        orderBy: [{ category: "asc" }, { article: "asc" }],
      },
    },
  });
  return agreement && { ...agreement, parties: agreement.parties.map((party) => party.country) };
}

import "server-only";
import { db } from "@/lib/db";

/** One labour provision with its agreement and the agreement's parties, or null. */
export async function getProvision(id: string) {
  return db().labourProvision.findUnique({
    where: { id },
    select: {
      id: true,
      article: true,
      category: true,
      topic: true,
      title: true,
      text: true,
      version: true,
      agreement: { select: { id: true, shortName: true, parties: { select: { countryCode: true } } } },
    },
  });
}

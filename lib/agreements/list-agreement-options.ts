import "server-only";
import { db } from "@/lib/db";

/** Every agreement as a choice for a filter, by short name. */
export async function listAgreementOptions() {
  return db().agreement.findMany({ orderBy: { shortName: "asc" }, select: { id: true, shortName: true } });
}

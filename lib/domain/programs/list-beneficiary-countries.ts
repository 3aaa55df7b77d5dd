import "server-only";
import { db } from "@/lib/platform/db";

/**
 * The countries that benefit from at least one program, as choices for the list's country filter
 * (a dozen or so, where the reference list has 251), and the one already chosen, so that the
 * filter keeps showing it.
 */
export async function listBeneficiaryCountries(chosen?: string) {
  return db().country.findMany({
    where: { OR: [{ programBeneficiaries: { some: {} } }, ...(chosen ? [{ code: chosen }] : [])] },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}

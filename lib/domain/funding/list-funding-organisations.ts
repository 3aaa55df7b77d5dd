import "server-only";
import { requirePermission, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/** Every organisation as a choice of provider or receiver of a program's money, by name. */
export async function listFundingOrganisations(actor: Actor) {
  requirePermission(actor, "finance.manage");
  const organisations = await db().organisation.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, acronym: true, countryCode: true } });
  return organisations.map(({ id, name, acronym, countryCode }) => ({ value: id, label: `${name}${acronym ? ` (${acronym})` : ""}${countryCode ? ` · ${countryCode}` : ""}` }));
}

import "server-only";
import { db } from "@/lib/platform/db";

/** The countries party to some agreement (public reference data): those an exchange can be from or to, for the list's filters. */
export function listPartyCountries() {
  return db().country.findMany({ where: { agreementParties: { some: {} } }, orderBy: { name: "asc" }, select: { code: true, name: true } });
}

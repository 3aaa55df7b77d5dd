import type { DbTx } from "@/lib/platform/db/create-client";
import countries from "./data/countries.json" with { type: "json" };
import currencies from "./data/currencies.json" with { type: "json" };

/**
 * Countries (ISO 3166-1 alpha-2 from the IATI Country codelist, plus the exceptionally reserved
 * "EU" for the European Union, a party to trade agreements) and currencies (ISO 4217, from the
 * IATI Currency codelist). Needed in every database, demo or not; running it twice changes nothing.
 */
export async function seedReferenceData(db: DbTx): Promise<void> {
  await db.country.createMany({ data: countries, skipDuplicates: true });
  await db.currency.createMany({ data: currencies, skipDuplicates: true });
}

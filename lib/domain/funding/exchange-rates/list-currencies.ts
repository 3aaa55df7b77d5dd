import "server-only";
import { db } from "@/lib/platform/db";

/** The currencies, as choices for a select. */
export function listCurrencies() {
  return db().currency.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}

import "server-only";
import { db } from "@/lib/platform/db";

/** The countries (public reference data) as choices for a select, by name. */
export function listCountries() {
  return db().country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

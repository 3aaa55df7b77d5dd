import "server-only";
import { can, roleMay, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * What the institution form offers: the agreements the actor may record institutions for, the
 * countries, and the organisations that may host an institution (for a ministry, its own
 * country's organisations).
 */
export async function listInstitutionChoices(actor: Actor) {
  if (!can(actor, "institution.manage") && !can(actor, "contactPoint.manage")) {
    throw new AppError("FORBIDDEN", problem("InstitutionProblem.manage"));
  }
  const admin = roleMay(actor.role, "institution.manage");
  const country = actor.countryCode ?? "";
  const client = db();
  const [agreements, countries, organisations] = await Promise.all([
    client.agreement.findMany({
      where: admin ? {} : { parties: { some: { countryCode: country } } },
      orderBy: { shortName: "asc" },
      select: { id: true, shortName: true, title: true },
    }),
    client.country.findMany({ where: admin ? {} : { code: country }, orderBy: { name: "asc" }, select: { code: true, name: true } }),
    client.organisation.findMany({
      where: admin ? {} : { countryCode: country },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, acronym: true, countryCode: true },
    }),
  ]);
  return {
    agreements: agreements.map((agreement) => ({ value: agreement.id, label: `${agreement.shortName} — ${agreement.title}` })),
    countries: countries.map((entry) => ({ value: entry.code, label: entry.name })),
    organisations: organisations.map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name}${organisation.acronym ? ` (${organisation.acronym})` : ""}${organisation.countryCode ? ` · ${organisation.countryCode}` : ""}`,
    })),
  };
}

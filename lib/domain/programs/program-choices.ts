import "server-only";
import { agreementActWhere, can, type Actor, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { DEFAULT_LOCALE } from "@/lib/platform/i18n/locales";
import { languageChoices } from "./language-choices";

export type Choice = { value: string; label: string };
export type AgreementChoice = Choice & { institutions: Choice[]; provisions: Choice[] };

/**
 * What the program form offers: the agreements the actor may register programs for, each with its
 * institutions and provisions; the organisations (funders); the countries; the currencies; and the
 * languages, named in the reader's.
 */
export async function listProgramChoices(actor: Actor, readerLocale: string = DEFAULT_LOCALE) {
  requirePermission(actor, "program.update");
  const client = db();
  const [agreements, organisations, countries, currencies] = await Promise.all([
    client.agreement.findMany({
      where: agreementActWhere(actor),
      orderBy: { shortName: "asc" },
      select: {
        id: true,
        shortName: true,
        title: true,
        institutions: { orderBy: { name: "asc" }, select: { id: true, name: true } },
        provisions: { orderBy: { article: "asc" }, select: { id: true, article: true, title: true } },
      },
    }),
    client.organisation.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, acronym: true, countryCode: true } }),
    client.country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    client.currency.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
  ]);
  return {
    /** An administrator names a new program's reporting organisation; a ministry reports its own. */
    namesReporter: can(actor, "program.assignReporter"),
    agreements: agreements.map(
      (agreement): AgreementChoice => ({
        value: agreement.id,
        label: `${agreement.shortName} — ${agreement.title}`,
        institutions: agreement.institutions.map((institution) => ({ value: institution.id, label: institution.name })),
        provisions: agreement.provisions
          .sort((a, b) => a.article.localeCompare(b.article, "en", { numeric: true }))
          .map((provision) => ({ value: provision.id, label: `${provision.article} — ${provision.title}` })),
      }),
    ),
    organisations: organisations.map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name}${organisation.acronym ? ` (${organisation.acronym})` : ""}${organisation.countryCode ? ` · ${organisation.countryCode}` : ""}`,
    })),
    countries: countries.map((country) => ({ value: country.code, label: `${country.name} (${country.code})` })),
    currencies: currencies.map((currency) => ({ value: currency.code, label: `${currency.code} — ${currency.name}` })),
    languages: languageChoices(readerLocale),
  };
}

export type ProgramChoices = Awaited<ReturnType<typeof listProgramChoices>>;

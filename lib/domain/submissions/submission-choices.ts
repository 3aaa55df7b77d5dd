import "server-only";
import { type Actor, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

export type Choice = { value: string; label: string };
export type SubmissionAgreementChoice = Choice & { shortName: string; parties: Choice[]; contactPoints: Choice[]; provisions: Choice[] };

/**
 * What the submission form offers a civil-society organisation: every agreement, each with its
 * parties, the parties' contact points and its labour provisions; and the organisations that may
 * submit with it (any but ministries and its own).
 */
export async function listSubmissionChoices(actor: Actor) {
  requirePermission(actor, "submission.file");
  const [agreements, organisations] = await Promise.all([
    db().agreement.findMany({
      orderBy: { shortName: "asc" },
      select: {
        id: true,
        shortName: true,
        title: true,
        parties: { orderBy: { countryCode: "asc" }, select: { country: { select: { code: true, name: true } } } },
        institutions: {
          where: { kind: "CONTACT_POINT", countryCode: { not: null } },
          orderBy: [{ countryCode: "asc" }, { name: "asc" }],
          select: { id: true, name: true, countryCode: true, country: { select: { name: true } } },
        },
        provisions: { select: { id: true, article: true, title: true } },
      },
    }),
    db().organisation.findMany({
      where: { kind: { not: "GOVERNMENT_MINISTRY" }, id: { not: actor.organisationId } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, acronym: true },
    }),
  ]);
  return {
    agreements: agreements.map(
      (agreement): SubmissionAgreementChoice => ({
        value: agreement.id,
        label: `${agreement.shortName} — ${agreement.title}`,
        shortName: agreement.shortName,
        parties: agreement.parties.map(({ country }) => ({ value: country.code, label: `${country.name} (${country.code})` })),
        contactPoints: agreement.institutions.map((institution) => ({ value: institution.id, label: `${institution.name} (${institution.country?.name ?? institution.countryCode})` })),
        provisions: agreement.provisions
          .sort((a, b) => a.article.localeCompare(b.article, "en", { numeric: true }))
          .map((provision) => ({ value: provision.id, label: `${provision.article} — ${provision.title}` })),
      }),
    ),
    organisations: organisations.map((organisation): Choice => ({ value: organisation.id, label: organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name })),
  };
}

export type SubmissionChoices = Awaited<ReturnType<typeof listSubmissionChoices>>;

import "server-only";
import { agreementActWhere, type Actor, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

export type Choice = { value: string; label: string };
export type ExchangeAgreementChoice = Choice & { parties: Choice[]; provisions: Choice[] };

/**
 * What the exchange form offers: the agreements the actor logs exchanges under (for a ministry,
 * those its country is party to), each with its parties and labour provisions.
 */
export async function listExchangeChoices(actor: Actor) {
  requirePermission(actor, "exchange.log");
  const agreements = await db().agreement.findMany({
    where: agreementActWhere(actor),
    orderBy: { shortName: "asc" },
    select: {
      id: true,
      shortName: true,
      title: true,
      parties: { orderBy: { countryCode: "asc" }, select: { country: { select: { code: true, name: true } } } },
      provisions: { select: { id: true, article: true, title: true } },
    },
  });
  return agreements.map(
    (agreement): ExchangeAgreementChoice => ({
      value: agreement.id,
      label: `${agreement.shortName} — ${agreement.title}`,
      parties: agreement.parties.map(({ country }) => ({ value: country.code, label: `${country.name} (${country.code})` })),
      provisions: agreement.provisions
        .sort((a, b) => a.article.localeCompare(b.article, "en", { numeric: true }))
        .map((provision) => ({ value: provision.id, label: `${provision.article} — ${provision.title}` })),
    }),
  );
}

export type ExchangeChoices = Awaited<ReturnType<typeof listExchangeChoices>>;

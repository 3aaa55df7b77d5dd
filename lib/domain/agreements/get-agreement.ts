import "server-only";
import { toMoney } from "@/lib/platform/api/money";
import { exchangeReadWhere, meetingReadWhere, planReadWhere, programReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ProgramType } from "@/lib/platform/db/generated/enums";

/** How many of each related record the detail page lists; the rest is reached through the lists. */
export const DETAIL_LIST_LIMIT = 50;

/**
 * One agreement as `viewer` sees it: its parties, provisions and institutions (public texts), and
 * the programs, plans and information exchanges the viewer may read, each list capped at
 * DETAIL_LIST_LIMIT with its full count. Null when there is no agreement with this id.
 */
export async function getAgreement(viewer: Viewer, id: string) {
  const programWhere = { AND: [{ agreementId: id }, programReadWhere(viewer)] };
  const planWhere = { AND: [{ agreementId: id }, planReadWhere(viewer)] };
  const exchangeWhere = { AND: [{ agreementId: id }, exchangeReadWhere(viewer)] };
  const agreement = await db().agreement.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      shortName: true,
      kind: true,
      status: true,
      signedOn: true,
      inForceOn: true,
      summary: true,
      website: true,
      version: true,
      updatedAt: true,
      parties: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
      provisions: {
        select: { id: true, article: true, category: true, topic: true, title: true, text: true, version: true },
        orderBy: [{ category: "asc" }, { topic: "asc" }, { article: "asc" }],
      },
      institutions: {
        select: {
          id: true,
          kind: true,
          name: true,
          country: { select: { code: true, name: true } },
          hostOrganisation: { select: { id: true, name: true } },
          contactName: true,
          contactEmail: true,
          _count: { select: { meetings: { where: meetingReadWhere(viewer) } } },
        },
        orderBy: [{ kind: "asc" }, { countryCode: "asc" }, { name: "asc" }],
      },
    },
  });
  if (!agreement) return null;

  const client = db();
  const [programs, programCount, plans, planCount, exchanges, exchangeCount, funding] = await Promise.all([
    client.cooperationProgram.findMany({
      where: programWhere,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: DETAIL_LIST_LIMIT,
      select: { id: true, identifier: true, title: true, type: true, status: true, visibility: true },
    }),
    client.cooperationProgram.count({ where: programWhere }),
    client.plan.findMany({
      where: planWhere,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: DETAIL_LIST_LIMIT,
      select: { id: true, kind: true, title: true, status: true, country: { select: { name: true } } },
    }),
    client.plan.count({ where: planWhere }),
    client.informationExchange.findMany({
      where: exchangeWhere,
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: DETAIL_LIST_LIMIT,
      select: {
        id: true,
        kind: true,
        date: true,
        title: true,
        fromCountry: { select: { name: true } },
        toCountry: { select: { name: true } },
      },
    }),
    client.informationExchange.count({ where: exchangeWhere }),
    fundingSummary(viewer, id),
  ]);
  const { parties, ...rest } = agreement;
  return {
    ...rest,
    parties: parties.map((party) => party.country),
    programs: { data: programs, total: programCount },
    plans: { data: plans, total: planCount },
    exchanges: { data: exchanges, total: exchangeCount },
    funding,
  };
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;

/**
 * Per program type and currency, over the programs the viewer may read: how many programs, and the
 * sums committed, disbursed and spent. Amounts in different currencies are never added together.
 */
export async function fundingSummary(viewer: Viewer, agreementId: string) {
  const programs = { AND: [{ agreementId }, programReadWhere(viewer)] };
  const client = db();
  const [counts, ...sums] = await Promise.all([
    client.cooperationProgram.groupBy({ by: ["type"], where: programs, _count: { _all: true } }),
    ...Object.values(ProgramType).map((type) =>
      client.transaction.groupBy({
        by: ["currencyCode", "type"],
        where: { type: { in: ["COMMITMENT", "DISBURSEMENT", "EXPENDITURE"] }, program: { AND: [programs, { type }] } },
        _sum: { amount: true },
        orderBy: [{ currencyCode: "asc" }],
      }),
    ),
  ]);
  return Object.values(ProgramType)
    .map((programType, index) => {
      const rows = sums[index] ?? [];
      const currencies = [...new Set(rows.map((row) => row.currencyCode))].map((currency) => {
        const sum = (kind: string) => rows.find((row) => row.currencyCode === currency && row.type === kind)?._sum.amount ?? "0";
        return {
          currency,
          committed: toMoney(sum("COMMITMENT"), currency),
          disbursed: toMoney(sum("DISBURSEMENT"), currency),
          spent: toMoney(sum("EXPENDITURE"), currency),
        };
      });
      return { programType, programs: counts.find((row) => row.type === programType)?._count._all ?? 0, currencies };
    })
    .filter((row) => row.programs > 0);
}

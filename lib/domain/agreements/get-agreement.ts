import "server-only";
import { exchangeReadWhere, meetingReadWhere, planReadWhere, programReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { fundingSummary } from "./agreement-funding-summary";

/** How many of each related record the detail page lists; the rest is reached through the lists. */
export const DETAIL_LIST_LIMIT = 50;

/** The agreement with its parties and its public texts: provisions and institutions. */
const agreementSelect = (viewer: Viewer) =>
  ({
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
  }) satisfies Prisma.AgreementSelect;

/**
 * One agreement as `viewer` sees it: its parties, provisions and institutions (public texts), and
 * the programs, plans and information exchanges the viewer may read, each list capped at
 * DETAIL_LIST_LIMIT with its full count. Null when there is no agreement with this id.
 */
export async function getAgreement(viewer: Viewer, id: string) {
  const agreement = await db().agreement.findUnique({ where: { id }, select: agreementSelect(viewer) });
  if (!agreement) return null;
  const [programs, plans, exchanges, funding] = await Promise.all([
    agreementPrograms(viewer, id),
    agreementPlans(viewer, id),
    agreementExchanges(viewer, id),
    fundingSummary(viewer, id),
  ]);
  const { parties, ...rest } = agreement;
  return { ...rest, parties: parties.map((party) => party.country), programs, plans, exchanges, funding };
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;

/** The programs of the agreement the viewer may read, by title, with their full count. */
async function agreementPrograms(viewer: Viewer, agreementId: string) {
  const where = { AND: [{ agreementId }, programReadWhere(viewer)] };
  const [data, total] = await Promise.all([
    db().cooperationProgram.findMany({
      where,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: DETAIL_LIST_LIMIT,
      select: { id: true, identifier: true, title: true, type: true, status: true, visibility: true },
    }),
    db().cooperationProgram.count({ where }),
  ]);
  return { data, total };
}

/** The plans of the agreement the viewer may read, most recently changed first, with their full count. */
async function agreementPlans(viewer: Viewer, agreementId: string) {
  const where = { AND: [{ agreementId }, planReadWhere(viewer)] };
  const [data, total] = await Promise.all([
    db().plan.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: DETAIL_LIST_LIMIT,
      select: { id: true, kind: true, title: true, status: true, country: { select: { name: true } } },
    }),
    db().plan.count({ where }),
  ]);
  return { data, total };
}

/** The information exchanges of the agreement the viewer may read, newest first, with their full count. */
async function agreementExchanges(viewer: Viewer, agreementId: string) {
  const where = { AND: [{ agreementId }, exchangeReadWhere(viewer)] };
  const [data, total] = await Promise.all([
    db().informationExchange.findMany({
      where,
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: DETAIL_LIST_LIMIT,
      select: { id: true, kind: true, date: true, title: true, fromCountry: { select: { name: true } }, toCountry: { select: { name: true } } },
    }),
    db().informationExchange.count({ where }),
  ]);
  return { data, total };
}

import "server-only";
import { exchangeReadWhere, meetingReadWhere, planReadWhere, programReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { readTranslations } from "@/lib/domain/iati/translations";
import { fundingSummary } from "./agreement-funding-summary";
import { AGREEMENT_FIELDS_SELECT } from "./agreement-summary-select";

/** How many of each related record the detail page lists; the rest is reached through the lists. */
export const DETAIL_LIST_LIMIT = 50;

/** The agreement with its parties and its public texts: provisions and institutions. */
const agreementSelect = (viewer: Viewer) =>
  ({
    ...AGREEMENT_FIELDS_SELECT,
    summary: true,
    website: true,
    language: true,
    translations: true,
    version: true,
    updatedAt: true,
    parties: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
    provisions: {
      select: { id: true, article: true, category: true, topic: true, title: true, text: true, version: true },
      orderBy: [{ category: "asc" }, { topic: "asc" }, { article: "asc" }],
    },
    institutions: {
      select: { ...INSTITUTION_CARD_SELECT, _count: { select: { meetings: { where: meetingReadWhere(viewer) } } } },
      orderBy: [{ kind: "asc" }, { countryCode: "asc" }, { name: "asc" }],
    },
  }) satisfies Prisma.AgreementSelect;

const INSTITUTION_CARD_SELECT = {
  id: true,
  kind: true,
  name: true,
  country: { select: { code: true, name: true } },
  hostOrganisation: { select: { id: true, name: true } },
  contactName: true,
  contactEmail: true,
} satisfies Prisma.InstitutionSelect;

const COUNTRY_NAME = { select: { name: true } } as const;
const PROGRAM_ROW = { id: true, identifier: true, title: true, language: true, translations: true, type: true, status: true, visibility: true } satisfies Prisma.CooperationProgramSelect;
const PLAN_ROW = { id: true, kind: true, title: true, language: true, translations: true, status: true, country: COUNTRY_NAME } satisfies Prisma.PlanSelect;
const EXCHANGE_ROW = { id: true, kind: true, date: true, title: true, language: true, translations: true, fromCountry: COUNTRY_NAME, toCountry: COUNTRY_NAME } satisfies Prisma.InformationExchangeSelect;

/** A listed plan or exchange, with its translations read from their column. */
const withTranslations = <T extends { translations: unknown }>({ translations, ...row }: T) => ({ ...row, translations: readTranslations(translations) });

/**
 * One agreement as `viewer` sees it: its parties, provisions and institutions (public texts), and
 * the programs, plans and information exchanges the viewer may read, each list capped at
 * DETAIL_LIST_LIMIT with its full count. Null when there is no agreement with this id.
 */
export async function getAgreement(viewer: Viewer, id: string) {
  const programWhere = { AND: [{ agreementId: id }, programReadWhere(viewer)] };
  const planWhere = { AND: [{ agreementId: id }, planReadWhere(viewer)] };
  const exchangeWhere = { AND: [{ agreementId: id }, exchangeReadWhere(viewer)] };
  const client = db();
  const agreement = await client.agreement.findUnique({ where: { id }, select: agreementSelect(viewer) });
  if (!agreement) return null;

  const take = DETAIL_LIST_LIMIT;
  const [programs, programCount, plans, planCount, exchanges, exchangeCount, funding] = await Promise.all([
    client.cooperationProgram.findMany({ where: programWhere, orderBy: [{ title: "asc" }, { id: "asc" }], take, select: PROGRAM_ROW }),
    client.cooperationProgram.count({ where: programWhere }),
    client.plan.findMany({ where: planWhere, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take, select: PLAN_ROW }),
    client.plan.count({ where: planWhere }),
    client.informationExchange.findMany({ where: exchangeWhere, orderBy: [{ date: "desc" }, { id: "asc" }], take, select: EXCHANGE_ROW }),
    client.informationExchange.count({ where: exchangeWhere }),
    fundingSummary(viewer, id),
  ]);
  const { parties, translations, ...rest } = agreement;
  return {
    ...rest,
    /** The summary in other languages: { summary: { fr: "…" } }. */
    translations: readTranslations(translations),
    parties: parties.map((party) => party.country),
    programs: { data: programs, total: programCount },
    plans: { data: plans.map(withTranslations), total: planCount },
    exchanges: { data: exchanges.map(withTranslations), total: exchangeCount },
    funding,
  };
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;

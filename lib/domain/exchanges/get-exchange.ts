import "server-only";
import { exchangeReadWhere, type Viewer } from "@/lib/platform/authz";
import { mayChangeExchange } from "@/lib/platform/authz/load-exchange";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { readTranslations } from "@/lib/domain/iati/translations";
import { EXCHANGE_DETAIL_SELECT } from "./exchange-select";
import { problem } from "@/lib/platform/i18n/problem";

/** One exchange with its provisions and documents, and whether `viewer` may change it; 404 outside what they may read. */
export async function getExchange(viewer: Viewer, id: string) {
  const exchange = await db().informationExchange.findFirst({ where: { AND: [{ id }, exchangeReadWhere(viewer)] }, select: EXCHANGE_DETAIL_SELECT });
  if (!exchange) throw new AppError("NOT_FOUND", problem("ExchangeProblems.noExchange"));
  const { _count, provisions, translations, ...rest } = exchange;
  return {
    ...rest,
    /** The title and summary in other languages: { title: { fr: "…" } }. */
    translations: readTranslations(translations),
    provisionCount: _count.provisions,
    documentCount: _count.documents,
    provisions: provisions.map((link) => link.provision).sort((a, b) => a.article.localeCompare(b.article, "en", { numeric: true })),
    mayChange: mayChangeExchange(viewer, { fromCountryCode: exchange.fromCountry.code }),
  };
}

export type ExchangeDetail = Awaited<ReturnType<typeof getExchange>>;

/** The same as getExchange, or null when `viewer` may not read it (for pages, which answer 404 themselves). */
export function findExchange(viewer: Viewer, id: string): Promise<ExchangeDetail | null> {
  return findOrNull(() => getExchange(viewer, id));
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { EXCHANGE_LIST } from "@/components/lists/exchange-list";
import { ExchangeListTable } from "@/components/lists/exchange-list-table";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { listExchanges } from "@/lib/domain/exchanges/list-exchanges";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { FlashMessage } from "@/components/flash/flash-message";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Exchanges"))("title") };
}

export default async function ExchangesPage({ searchParams }: Props) {
  const list = readList(EXCHANGE_LIST, await searchParams);
  const viewer = await getCurrentUser();
  const [t, page, choices] = await Promise.all([getTranslations("Exchanges"), listExchanges(viewer, list.filter, list.page), loadListChoices(EXCHANGE_LIST, list, viewer)]);

  return (
    <>
      <FlashMessage />
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "exchange.log") && (
        <p>
          <Link href="/exchanges/new" className="button">
            {t("new")}
          </Link>
        </p>
      )}

      <ListFilters list={EXCHANGE_LIST} read={list} choices={choices} />
      <p role="status">{t("count", { total: page.total })}</p>
      <ExchangeListTable exchanges={page.data} />
      <Pager list={EXCHANGE_LIST} read={list} nextCursor={page.page.nextCursor} total={{ count: page.total, capped: false }} />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { cache } from "react";
import { DeleteExchangeSection } from "@/components/exchanges/delete-exchange-section";
import { exchangeDate } from "@/components/exchanges/exchange-date";
import { ExchangeDocuments } from "@/components/exchanges/exchange-documents";
import { ExchangeFacts } from "@/components/exchanges/exchange-facts";
import { ExchangeHeader } from "@/components/exchanges/exchange-header";
import { ExchangeProvisions } from "@/components/exchanges/exchange-provisions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { findExchange } from "@/lib/domain/exchanges/get-exchange";
import { FlashMessage } from "@/components/flash/flash-message";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadExchange = cache(async (id: string) => findExchange(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exchange = await loadExchange((await params).id);
  return { title: exchange && recordText(exchange, "title", exchange.title, await requestLocale()).text };
}

export default async function ExchangePage({ params }: Props) {
  const exchange = await loadExchange((await params).id);
  if (!exchange) notFound();
  const [t, date] = await Promise.all([getTranslations("Exchange"), exchangeDate()]);

  const page = (
    <>
      <FlashMessage />
      <ExchangeHeader exchange={exchange} />
      <ExchangeFacts exchange={exchange} />
      <ExchangeProvisions exchange={exchange} />
      <ExchangeDocuments exchange={exchange} />
      <p className="muted">{t("updated", { date: date.moment(exchange.updatedAt), version: exchange.version })}</p>
      {exchange.mayChange && <DeleteExchangeSection exchange={exchange} />}
    </>
  );
  // The form to attach a document is there for those who may change the exchange.
  return exchange.mayChange ? <ClientMessages>{page}</ClientMessages> : page;
}

import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle } from "@/components/i18n/record-text";
import { Badge } from "@/components/ui/badge";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { ExchangeListItem } from "@/lib/domain/exchanges/list-exchanges";
import { ListTable, type ListColumn } from "./list-table";
import { calendarDate } from "@/lib/platform/format/dates";

/** One page of the exchange log. */
export async function ExchangeListTable({ exchanges }: { exchanges: ExchangeListItem[] }) {
  const [t, tKind, format, locale] = await Promise.all([getTranslations("Exchanges"), getTranslations("ExchangeKind"), getFormatter(), requestLocale()]);
  const date = (exchange: ExchangeListItem) => <time dateTime={exchange.date.toISOString().slice(0, 10)}>{format.dateTime(exchange.date, calendarDate())}</time>;
  const columns: ListColumn<ExchangeListItem>[] = [
    { label: t("date"), cell: date },
    { label: t("exchange"), cell: (exchange) => <LocalizedTitle record={exchange} href={`/exchanges/${exchange.id}`} locale={locale} /> },
    { label: t("kind"), cell: (exchange) => tKind(exchange.kind) },
    { label: t("fromTo"), cell: (exchange) => `${exchange.fromCountry.name} → ${exchange.toCountry?.name ?? t("allParties")}` },
    { label: t("agreement"), cell: (exchange) => <Link href={`/agreements/${exchange.agreement.id}`}>{exchange.agreement.shortName}</Link> },
    { label: t("provisions"), cell: (exchange) => format.number(exchange.provisionCount) },
    { label: t("visibility"), cell: (exchange) => <Badge>{exchange.isPublic ? t("public") : t("restricted")}</Badge> },
  ];
  return <ListTable rows={exchanges} columns={columns} caption={t("caption")} none={t("none")} scroll />;
}

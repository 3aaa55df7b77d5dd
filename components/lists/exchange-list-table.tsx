import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ExchangeListItem } from "@/lib/domain/exchanges/exchanges";

/** One page of the exchange log. */
export async function ExchangeListTable({ exchanges }: { exchanges: ExchangeListItem[] }) {
  const [t, tKind, format] = await Promise.all([getTranslations("Exchanges"), getTranslations("ExchangeKind"), getFormatter()]);
  if (exchanges.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("exchange")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("fromTo")}</th>
            <th scope="col">{t("agreement")}</th>
            <th scope="col">{t("provisions")}</th>
            <th scope="col">{t("visibility")}</th>
          </tr>
        </thead>
        <tbody>
          {exchanges.map((exchange) => (
            <tr key={exchange.id}>
              <td>
                <time dateTime={exchange.date.toISOString().slice(0, 10)}>{format.dateTime(exchange.date, { dateStyle: "medium" })}</time>
              </td>
              <td>
                <Link href={`/exchanges/${exchange.id}`}>{exchange.title}</Link>
              </td>
              <td>{tKind(exchange.kind)}</td>
              <td>
                {exchange.fromCountry.name} → {exchange.toCountry?.name ?? t("allParties")}
              </td>
              <td>
                <Link href={`/agreements/${exchange.agreement.id}`}>{exchange.agreement.shortName}</Link>
              </td>
              <td>{format.number(exchange.provisionCount)}</td>
              <td>
                <Badge>{exchange.isPublic ? t("public") : t("restricted")}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { ExchangeDetail } from "@/lib/domain/exchanges/get-exchange";
import { exchangeDate } from "./exchange-date";

/** What was exchanged under which agreement, when, from and to whom, and where it can be read. */
export async function ExchangeFacts({ exchange }: { exchange: ExchangeDetail }) {
  const [t, tKind, date] = await Promise.all([getTranslations("Exchange"), getTranslations("ExchangeKind"), exchangeDate()]);
  return (
    <dl className="facts" aria-label={t("facts")}>
      <dt>{t("agreement")}</dt>
      <dd>
        <Link href={`/agreements/${exchange.agreement.id}`}>
          {exchange.agreement.shortName} — {exchange.agreement.title}
        </Link>
      </dd>
      <dt>{t("date")}</dt>
      <dd>
        <time dateTime={exchange.date.toISOString().slice(0, 10)}>{date(exchange.date)}</time>
      </dd>
      <dt>{t("from")}</dt>
      <dd>{exchange.fromCountry.name}</dd>
      <dt>{t("to")}</dt>
      <dd>{exchange.toCountry?.name ?? t("allParties")}</dd>
      <dt>{t("kind")}</dt>
      <dd>{tKind(exchange.kind)}</dd>
      <dt>{t("visibility")}</dt>
      <dd>{exchange.isPublic ? t("public") : t("restricted")}</dd>
      <dt>{t("link")}</dt>
      <dd>
        {exchange.link ? (
          <a href={exchange.link} rel="noopener noreferrer nofollow">
            {exchange.link}
          </a>
        ) : (
          t("noLink")
        )}
      </dd>
    </dl>
  );
}

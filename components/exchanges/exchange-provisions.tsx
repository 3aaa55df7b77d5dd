import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { UntranslatedNote } from "@/components/i18n/record-text";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { ExchangeDetail } from "@/lib/domain/exchanges/get-exchange";

/** The exchange's summary and the labour provisions it concerns, each linked on its agreement's page. */
export async function ExchangeProvisions({ exchange }: { exchange: ExchangeDetail }) {
  const [t, locale] = await Promise.all([getTranslations("Exchange"), requestLocale()]);
  const summary = recordText(exchange, "summary", exchange.summary, locale);
  return (
    <>
      <h2>{t("summary")}</h2>
      {summary.text ? (
        <>
          <p className="multiline" lang={summary.language}>
            {summary.text}
          </p>
          <UntranslatedNote text={summary} locale={locale} />
        </>
      ) : (
        <p>{t("noSummary")}</p>
      )}

      <h2>{t("provisions")}</h2>
      {exchange.provisions.length === 0 ? (
        <p>{t("noProvisions")}</p>
      ) : (
        <ul>
          {exchange.provisions.map((provision) => (
            <li key={provision.id}>
              <Link href={`/agreements/${exchange.agreement.id}#provision-${provision.id}`}>
                {provision.article} — {provision.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

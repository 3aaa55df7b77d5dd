import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ExchangeDetail } from "@/lib/domain/exchanges/get-exchange";

/** The exchange's summary and the labour provisions it concerns, each linked on its agreement's page. */
export async function ExchangeProvisions({ exchange }: { exchange: ExchangeDetail }) {
  const t = await getTranslations("Exchange");
  return (
    <>
      <h2>{t("summary")}</h2>
      {exchange.summary ? <p className="multiline">{exchange.summary}</p> : <p>{t("noSummary")}</p>}

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

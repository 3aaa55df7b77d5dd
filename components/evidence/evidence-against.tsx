import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Evidence } from "@/lib/domain/dashboard/evidence";
import { evidenceFormat } from "./evidence-format";

/** The arguments against labour cooperation, each beside the register's figures that speak to it. */
export async function EvidenceAgainst({ evidence }: { evidence: Evidence }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const { amount, percent } = evidenceFormat(locale);
  const measures = evidence.measures;
  const settled = (measures.MET ?? 0) + (measures.PARTIALLY_MET ?? 0) + (measures.NOT_MET ?? 0);
  return (
    <section aria-labelledby="against-title">
      <h2 id="against-title">{t("againstTitle")}</h2>
      <ul className="card-list">
        <li className="card">
          <h3>{t("against1")}</h3>
          <ul>
            <li>
              <Link href="/plans">{t("measuresSettled", { met: measures.MET ?? 0, partly: measures.PARTIALLY_MET ?? 0, notMet: measures.NOT_MET ?? 0, share: percent(measures.MET ?? 0, settled) })}</Link>
            </li>
            <li>
              <Link href="/plans/overdue">{t("overdueMeasures", { count: evidence.overdueMeasures })}</Link>
            </li>
          </ul>
        </li>
        <li className="card">
          <h3>{t("against2")}</h3>
          <ul>
            <li>
              <Link href="/plans">{t("ownCountryPlans", { share: percent(evidence.ownCountryPlans.own, evidence.ownCountryPlans.total), own: evidence.ownCountryPlans.own, total: evidence.ownCountryPlans.total })}</Link>
            </li>
            <li>
              <Link href="/plans">
                {t("planOrigins", {
                  council: evidence.planOrigins.COUNCIL_DECISION ?? 0,
                  review: evidence.planOrigins.REVIEW_FINDING ?? 0,
                  submission: evidence.planOrigins.PUBLIC_SUBMISSION ?? 0,
                })}
              </Link>
            </li>
          </ul>
        </li>
        <li className="card">
          <h3>{t("against3")}</h3>
          {evidence.monitoredMoney.length === 0 ? (
            <p>{t("noDisbursements")}</p>
          ) : (
            <ul>
              {evidence.monitoredMoney.map((row) => (
                <li key={row.currency}>
                  {t("monitoredMoney", {
                    share: percent(Number(row.monitored), Number(row.disbursed)),
                    monitored: amount(row.monitored),
                    disbursed: amount(row.disbursed),
                    currency: row.currency,
                  })}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href="/programs?health=moneyWithoutMonitoring">{t("moneyWithoutMonitoring")}</Link>
          </p>
        </li>
      </ul>
    </section>
  );
}

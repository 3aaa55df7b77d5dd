import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { getEvidence } from "@/lib/domain/dashboard/evidence";
import { formatDecimal, formatPercent } from "@/lib/platform/format/numbers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Evidence"))("title") };
}

const percent = (part: number, whole: number) => formatPercent(part, whole);
const amount = (value: string) => formatDecimal(value, 0);

/**
 * The arguments for and against labour cooperation, each beside the figures from the register
 * that speak to it, each figure linking to the records behind it; framed by two quotations.
 */
export default async function EvidencePage() {
  const [t, evidence] = await Promise.all([getTranslations("Evidence"), getEvidence(await getCurrentUser())]);
  const measures = evidence.measures;
  const settled = (measures.MET ?? 0) + (measures.PARTIALLY_MET ?? 0) + (measures.NOT_MET ?? 0);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>

      <figure className="card">
        <blockquote>
          <p>{t("annanQuote")}</p>
        </blockquote>
        <figcaption>
          {t("annanSource")} <a href="https://unis.unvienna.org/unis/en/pressrels/2001/note167.html" rel="noopener noreferrer nofollow">{t("source")}</a>
        </figcaption>
      </figure>

      <section aria-labelledby="for-title">
        <h2 id="for-title">{t("forTitle")}</h2>
        <ul className="card-list">
          <li className="card">
            <h3>{t("for1")}</h3>
            <ul>
              <li>
                <Link href="/exchanges?kind=BEST_PRACTICE">{t("bestPracticeExchanges", { count: evidence.bestPractice.exchanges })}</Link>
              </li>
              <li>
                <Link href="/programs">{t("learningEvents", { events: evidence.bestPractice.learningEvents, people: evidence.bestPractice.people })}</Link>
              </li>
              <li>
                <Link href="/dashboard">{t("civilSociety", { share: percent(evidence.civilSociety.involved, evidence.civilSociety.total), involved: evidence.civilSociety.involved, total: evidence.civilSociety.total })}</Link>
              </li>
            </ul>
          </li>
          <li className="card">
            <h3>{t("for2")}</h3>
            <p>
              <Link href="/programs?type=FINANCIAL_ASSISTANCE">
                {t("targetsMet", { share: percent(evidence.targets.met, evidence.targets.reported), met: evidence.targets.met, reported: evidence.targets.reported })}
              </Link>
            </p>
          </li>
          <li className="card">
            <h3>{t("for3")}</h3>
            {evidence.exchangesByParty.length === 0 ? (
              <p>{t("noExchanges")}</p>
            ) : (
              <table className="table">
                <caption>{t("exchangesPerParty")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("party")}</th>
                    <th scope="col">{t("exchanges")}</th>
                  </tr>
                </thead>
                <tbody>
                  {evidence.exchangesByParty.map((row) => (
                    <tr key={row.code}>
                      <th scope="row">{row.name}</th>
                      <td>
                        <Link href={`/exchanges?from=${row.code}`}>{row.count}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        </ul>
      </section>

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

      <figure className="card">
        <blockquote>
          <p>{t("iloQuote")}</p>
        </blockquote>
        <figcaption>
          {t("iloSource")} <a href="https://www.ilo.org/ifpdial/areas-of-work/social-dialogue/lang--en/index.htm" rel="noopener noreferrer nofollow">{t("source")}</a>
        </figcaption>
      </figure>
      <p className="muted">{t("scope")}</p>
    </>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Evidence } from "@/lib/domain/dashboard/evidence";
import { evidenceFormat } from "./evidence-format";

/** The arguments for labour cooperation, each beside the register's figures that speak to it. */
export async function EvidenceFor({ evidence }: { evidence: Evidence }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const { percent } = evidenceFormat(locale);
  return (
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
          <ExchangesByParty rows={evidence.exchangesByParty} />
        </li>
      </ul>
    </section>
  );
}

async function ExchangesByParty({ rows }: { rows: Evidence["exchangesByParty"] }) {
  const t = await getTranslations("Evidence");
  if (rows.length === 0) return <p>{t("noExchanges")}</p>;
  return (
    <table className="table">
      <caption>{t("exchangesPerParty")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("party")}</th>
          <th scope="col">{t("exchanges")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.name}</th>
            <td>
              <Link href={`/exchanges?from=${row.code}`}>{row.count}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { Evidence } from "@/lib/domain/dashboard/evidence";
import { EvidenceArgument } from "./evidence-argument";
import { evidenceFormat } from "./evidence-format";
import styles from "./evidence.module.css";

/** The arguments in favour of labour cooperation, each beside the register's figures that bear on it. */
export async function EvidenceFor({ evidence }: { evidence: Evidence }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const { percent } = evidenceFormat(locale);
  const { learningResults, targets, targetedExchanges, verdicts } = evidence;
  return (
    <section aria-labelledby="for-title">
      <h2 id="for-title">{t("forTitle")}</h2>
      <ul className={styles.cards}>
        <EvidenceArgument argument="for1" verdict={verdicts.for1}>
          <ul className={styles.figures}>
            <li>{t("learningResults", { share: percent(learningResults.met, learningResults.reported), met: learningResults.met, reported: learningResults.reported })}</li>
            <li>
              <Link href="/exchanges?kind=BEST_PRACTICE">{t("bestPracticeExchanges", { count: evidence.bestPractice.exchanges })}</Link>
            </li>
            <li>
              <Link href="/programs">{t("learningEvents", { events: evidence.bestPractice.learningEvents, people: evidence.bestPractice.people })}</Link>
            </li>
          </ul>
        </EvidenceArgument>
        <EvidenceArgument argument="for2" verdict={verdicts.for2}>
          <ul className={styles.figures}>
            <li>
              <Link href="/programs?type=FINANCIAL_ASSISTANCE">{t("targetsMet", { share: percent(targets.met, targets.reported), met: targets.met, reported: targets.reported })}</Link>
            </li>
          </ul>
        </EvidenceArgument>
        <EvidenceArgument argument="for3" verdict={verdicts.for3}>
          <ul className={styles.figures}>
            <li>{t("targetedExchanges", { share: percent(targetedExchanges.tied, targetedExchanges.total), tied: targetedExchanges.tied, total: targetedExchanges.total })}</li>
          </ul>
          <ExchangesByParty rows={evidence.exchangesByParty} />
        </EvidenceArgument>
      </ul>
    </section>
  );
}

async function ExchangesByParty({ rows }: { rows: Evidence["exchangesByParty"] }) {
  const t = await getTranslations("Evidence");
  if (rows.length === 0) return <p>{t("noExchanges")}</p>;
  return (
    <div className={styles.tableBox} role="region" aria-labelledby="exchanges-by-party" tabIndex={0}>
      <table className="table">
        <caption id="exchanges-by-party">{t("exchangesPerParty")}</caption>
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
    </div>
  );
}

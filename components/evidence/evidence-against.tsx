import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { Evidence } from "@/lib/domain/dashboard/evidence";
import { EvidenceArgument } from "./evidence-argument";
import { evidenceFormat } from "./evidence-format";
import { EvidenceSubmissions } from "./evidence-submissions";
import styles from "./evidence.module.css";

/** The arguments against labour cooperation, each beside the register's figures that bear on it. */
export async function EvidenceAgainst({ evidence }: { evidence: Evidence }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const { amount, percent } = evidenceFormat(locale);
  const { measures, ownCountryPlans, fundedPrograms, verdicts } = evidence;
  return (
    <section aria-labelledby="against-title">
      <h2 id="against-title">{t("againstTitle")}</h2>
      <ul className={styles.cards}>
        <EvidenceArgument argument="against1" verdict={verdicts.against1}>
          <ul className={styles.figures}>
            <li>
              <Link href="/plans">
                {t("measuresSettled", { met: measures.MET ?? 0, partly: measures.PARTIALLY_MET ?? 0, notMet: measures.NOT_MET ?? 0, share: percent(measures.MET ?? 0, evidence.settledMeasures) })}
              </Link>
            </li>
            <li>
              <Link href="/plans/overdue">{t("overdueMeasures", { count: evidence.overdueMeasures })}</Link>
            </li>
          </ul>
          <EvidenceSubmissions submissions={evidence.submissions} />
        </EvidenceArgument>
        <EvidenceArgument argument="against2" verdict={verdicts.against2}>
          <ul className={styles.figures}>
            <li>
              <Link href="/plans">{t("ownCountryPlans", { share: percent(ownCountryPlans.own, ownCountryPlans.total), own: ownCountryPlans.own, total: ownCountryPlans.total })}</Link>
            </li>
          </ul>
        </EvidenceArgument>
        <EvidenceArgument argument="against3" verdict={verdicts.against3}>
          <ul className={styles.figures}>
            <li>{t("fundedPrograms", { share: percent(fundedPrograms.monitored, fundedPrograms.total), monitored: fundedPrograms.monitored, total: fundedPrograms.total })}</li>
            {evidence.monitoredMoney.length === 0 ? (
              <li>{t("noDisbursements")}</li>
            ) : (
              evidence.monitoredMoney.map((row) => (
                <li key={row.currency}>
                  {t("monitoredMoney", { share: percent(Number(row.monitored), Number(row.disbursed)), monitored: amount(row.monitored), disbursed: amount(row.disbursed), currency: row.currency })}
                </li>
              ))
            )}
            <li>
              <Link href="/programs?health=moneyWithoutMonitoring">{t("moneyWithoutMonitoring")}</Link>
            </li>
          </ul>
        </EvidenceArgument>
      </ul>
    </section>
  );
}

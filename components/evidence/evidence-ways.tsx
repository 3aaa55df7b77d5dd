import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { Evidence } from "@/lib/domain/dashboard/evidence";
import { evidenceFormat } from "./evidence-format";
import styles from "./evidence.module.css";

/** The three ways to improve cooperation that the source document names, each with the figures that track it. */
export async function EvidenceWays({ evidence }: { evidence: Evidence }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const { percent } = evidenceFormat(locale);
  const { civilSociety, attendance, plansByKind, planOrigins } = evidence;
  return (
    <section aria-labelledby="ways-title">
      <h2 id="ways-title">{t("waysTitle")}</h2>
      <ul className={styles.cards}>
        <Way id="way1" title={t("way1")}>
          <FundingByYear rows={evidence.fundingByYear} />
        </Way>
        <Way id="way2" title={t("way2")}>
          <ul className={styles.figures}>
            <li>
              <Link href="/dashboard">{t("civilSociety", { share: percent(civilSociety.involved, civilSociety.total), involved: civilSociety.involved, total: civilSociety.total })}</Link>
            </li>
            <li>{t("attendance", { share: percent(attendance.civilSociety, attendance.people), civilSociety: attendance.civilSociety, people: attendance.people })}</li>
          </ul>
        </Way>
        <Way id="way3" title={t("way3")}>
          <ul className={styles.figures}>
            <li>
              <Link href="/plans">{t("plansPublished", { total: planOrigins.total, action: plansByKind.action, remediation: plansByKind.remediation })}</Link>
            </li>
            <li>
              {t("planOrigins", {
                council: planOrigins.byOrigin.COUNCIL_DECISION,
                review: planOrigins.byOrigin.REVIEW_FINDING,
                submission: planOrigins.byOrigin.PUBLIC_SUBMISSION,
                other: planOrigins.byOrigin.OTHER,
                total: planOrigins.total,
              })}
            </li>
          </ul>
        </Way>
      </ul>
    </section>
  );
}

function Way({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <li className={styles.card}>
      <article aria-labelledby={id}>
        <h3 id={id}>{title}</h3>
        {children}
      </article>
    </li>
  );
}

async function FundingByYear({ rows }: { rows: Evidence["fundingByYear"] }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const { amount } = evidenceFormat(locale);
  if (rows.length === 0) return <p>{t("noFunding")}</p>;
  return (
    <div className={styles.tableBox} role="region" aria-labelledby="funding-by-year" tabIndex={0}>
      <table className="table">
        <caption id="funding-by-year">{t("fundingCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th>
            <th scope="col">{t("currency")}</th>
            <th scope="col">{t("committed")}</th>
            <th scope="col">{t("disbursed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.year}-${row.currency}`}>
              <th scope="row">{row.year}</th>
              <td>{row.currency}</td>
              <td>{amount(row.committed)}</td>
              <td>{amount(row.disbursed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { formatPercent, numberFormat } from "@/lib/platform/format/numbers";
import type { DashboardFigures } from "./dashboard-figures";

/**
 * How the public submissions fare: counts, median days and the share decided on time (the overdue
 * ones are flagged among the key figures). Counts only, with no names, so that nothing a submitter
 * asked to withhold shows; drafts never count.
 */
export async function SubmissionsSection({ dashboard }: { dashboard: DashboardFigures }) {
  const [t, locale] = await Promise.all([getTranslations("Dashboard"), getLocale()]);
  const count = (value: number) => numberFormat(locale).format(value);
  const { filed, accepted, reported, followedByPlan, daysToDecision, daysToReport, decisions } = dashboard.submissions;
  return (
    <section aria-labelledby="submissions-title">
      <h2 id="submissions-title">{t("submissionsTitle")}</h2>
      <p>{t("submissionsIntro")}</p>
      <ul className="figures">
        <li className="card">
          <span className="figure-value">{count(filed)}</span>
          {t("submissionsFiled")}
        </li>
        <li className="card">
          <span className="figure-value">{count(accepted)}</span>
          {t("submissionsAccepted")}
        </li>
        <li className="card">
          <span className="figure-value">{count(reported)}</span>
          {t("submissionsReported")}
        </li>
        <li className="card">
          <span className="figure-value">{count(followedByPlan)}</span>
          {t("submissionsFollowed")}
        </li>
        <li className="card">
          <span className="figure-value">{daysToDecision.median === null ? "—" : t("days", { days: daysToDecision.median })}</span>
          {daysToDecision.median === null ? t("daysToDecisionNone") : t("daysToDecision", { count: daysToDecision.count })}
        </li>
        <li className="card">
          <span className="figure-value">{daysToReport.median === null ? "—" : t("days", { days: daysToReport.median })}</span>
          {daysToReport.median === null ? t("daysToReportNone") : t("daysToReport", { count: daysToReport.count })}
        </li>
        <li className="card">
          <span className="figure-value">{formatPercent(decisions.inTime, decisions.due, locale)}</span>
          {decisions.due === 0 ? t("decidedInTimeNone") : t("decidedInTime", { inTime: decisions.inTime, due: decisions.due })}
        </li>
      </ul>
    </section>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { formatPercent, numberFormat } from "@/lib/platform/format/numbers";
import type { TDashboardFilter } from "@/lib/domain/dashboard/dashboard";
import { overdueSubmissionsHref, withQuery, type DashboardFigures } from "./dashboard-figures";

/** The figures at the top of the dashboard, each linking to the list it counts. */
export async function KeyFigures({ dashboard, query, filter }: { dashboard: DashboardFigures; query: URLSearchParams; filter: TDashboardFilter }) {
  const [t, locale] = await Promise.all([getTranslations("Dashboard"), getLocale()]);
  const count = (value: number) => numberFormat(locale).format(value);
  const { overdue } = dashboard.submissions;
  return (
    <ul className="figures" aria-label={t("keyFigures")}>
      <li className="card">
        <span className="figure-value">{count(dashboard.programs.total)}</span>
        <Link href={withQuery(query, "/programs")}>{t("programsCount")}</Link>
      </li>
      <li className="card">
        <span className="figure-value">{formatPercent(dashboard.civilSociety.programs, dashboard.civilSociety.total, locale)}</span>
        {t("civilSocietyShare", { programs: dashboard.civilSociety.programs, total: dashboard.civilSociety.total })}
      </li>
      <li className="card">
        <span className="figure-value">{count(dashboard.health.moneyWithoutMonitoring)}</span>
        <Link href={withQuery(query, "/programs", { health: "moneyWithoutMonitoring" })}>{t("moneyWithoutMonitoring")}</Link>
      </li>
      <li className="card">
        <span className="figure-value">{count(dashboard.plans.overdueMeasures)}</span>
        <Link href="/plans/overdue">{t("overdueMeasures")}</Link>
      </li>
      <li className="card">
        <span className="figure-value">{count(dashboard.plans.awaitingReview)}</span>
        <Link href="/plans?awaiting=review">{t("awaitingReview")}</Link>
      </li>
      <li className="card">
        <span className="figure-value">{count(overdue.decisions + overdue.reports)}</span>
        <Link href={overdueSubmissionsHref(filter)}>{t("submissionsOverdue", { decisions: overdue.decisions, reports: overdue.reports })}</Link>
      </li>
    </ul>
  );
}

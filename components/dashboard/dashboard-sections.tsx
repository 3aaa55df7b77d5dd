import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { DashboardBarChart } from "@/components/dashboard/bar-chart";
import { TableScroll } from "@/components/ui/table-scroll";
import { ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { withQuery, type DashboardFigures } from "./dashboard-figures";

type Props = { dashboard: DashboardFigures; query: URLSearchParams };

/** Programs by status and type, as a chart and as a table linking to each list. */
export async function ProgramsSection({ dashboard, query }: Props) {
  const [t, tType, tStatus, tChart] = await Promise.all([getTranslations("Dashboard"), getTranslations("ProgramType"), getTranslations("ProgramStatus"), getTranslations("Chart")]);
  return (
  <section aria-labelledby="programs-title">
    <h2 id="programs-title">{t("programsTitle")}</h2>
    <DashboardBarChart
      data={Object.values(ProgramStatus).map((status) => ({
        status: tStatus(status),
        ...Object.fromEntries(Object.values(ProgramType).map((type) => [type, dashboard.programs.byStatusAndType.find((row) => row.status === status && row.type === type)?.count ?? 0])),
      }))}
      categoryKey="status"
      series={Object.values(ProgramType).map((type, index) => ({ key: type, label: tType(type), color: ["#0072b2", "#e69f00", "#009e73", "#cc79a7"][index]! }))}
      stacked
      description={tChart("figure", { title: t("programsTitle") })}
    />
    <TableScroll label={t("programsTitle")}>
      <table className="table">
        <caption>{t("programsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("status")}</th>
            {Object.values(ProgramType).map((type) => (
              <th key={type} scope="col">
                {tType(type)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.values(ProgramStatus).map((status) => (
            <tr key={status}>
              <th scope="row">{tStatus(status)}</th>
              {Object.values(ProgramType).map((type) => {
                const count = dashboard.programs.byStatusAndType.find((row) => row.status === status && row.type === type)?.count ?? 0;
                return <td key={type}>{count ? <Link href={withQuery(query, "/programs", { status, type })}>{count}</Link> : 0}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  </section>
  );
}

/** The funded programs that lack monitoring, by what they lack. */
export async function HealthSection({ dashboard, query }: Props) {
  const [t, tHealth] = await Promise.all([getTranslations("Dashboard"), getTranslations("Health")]);
  return (
  <section aria-labelledby="health-title">
    <h2 id="health-title">{t("healthTitle")}</h2>
    <p>{t("healthIntro", { funded: dashboard.health.funded })}</p>
    <ul>
      <li>
        <Link href={withQuery(query, "/programs", { health: "moneyWithoutMonitoring" })}>{t("moneyWithoutMonitoringCount", { count: dashboard.health.moneyWithoutMonitoring })}</Link>
      </li>
      {(["fundedWithoutIndicators", "indicatorsWithoutBaseline", "overdueReports"] as const).map((flag) => (
        <li key={flag}>
          <Link href={withQuery(query, "/programs", { health: flag })}>
            {tHealth(flag)}: {dashboard.health[flag]}
          </Link>
        </li>
      ))}
    </ul>
  </section>
  );
}

/** Plans by status. */
export async function PlansSection({ dashboard }: { dashboard: DashboardFigures }) {
  const [t, tPlanStatus] = await Promise.all([getTranslations("Dashboard"), getTranslations("PlanStatus")]);
  return (
  <section aria-labelledby="plans-title">
    <h2 id="plans-title">{t("plansTitle")}</h2>
    <TableScroll label={t("plansTitle")}>
      <table className="table">
        <caption className="visually-hidden">{t("plansTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("plans")}</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.plans.byStatus.map((row) => (
            <tr key={row.status}>
              <th scope="row">{tPlanStatus(row.status)}</th>
              <td>
                <Link href={`/plans?status=${row.status}`}>{row.count}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  </section>
  );
}

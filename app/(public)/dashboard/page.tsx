import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DashboardBarChart } from "@/components/dashboard/bar-chart";
import { ExportLinks } from "@/components/exports/export-links";
import { BalanceChart } from "@/components/participation/balance-chart";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { listAgreementOptions } from "@/lib/agreements/list-agreement-options";
import { readListQuery } from "@/lib/api/list-query";
import { getCurrentUser } from "@/lib/auth/session";
import { getDashboardFigures, ZDashboardFilter } from "@/lib/dashboard/dashboard";
import { ProgramStatus, ProgramType } from "@/lib/db/generated/enums";
import { listPartyCountries } from "@/lib/exchanges/exchange-choices";
import { formatDecimal, formatPercent } from "@/lib/format/numbers";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("title") };
}

const FILTERS = ["agreement", "country", "type", "year"] as const;
const MONEY_COLOURS = { committed: "#0072b2", disbursed: "#009e73", spent: "#d55e00" };

/**
 * What the register says, in figures: money committed, disbursed and spent; programs by status and
 * type; how far civil society takes part; plans and overdue measures; and the funded programs that
 * lack monitoring. Every figure is computed in the database over what the viewer may read.
 */
export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const list = readListQuery(params, FILTERS, ZDashboardFilter);
  const { filter, query } = list;
  const viewer = await getCurrentUser();
  const [t, tType, tStatus, tPlanStatus, tHealth, { value: dashboard, computedAt }, agreements, countries] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("ProgramType"),
    getTranslations("ProgramStatus"),
    getTranslations("PlanStatus"),
    getTranslations("Health"),
    getDashboardFigures(viewer, filter),
    listAgreementOptions(),
    listPartyCountries(),
  ]);
  const withQuery = (path: string, extra: Record<string, string> = {}) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(extra)) next.set(key, value);
    const text = next.toString();
    return text ? `${path}?${text}` : path;
  };
  const amount = (value: string) => formatDecimal(value, 2);
  const currencies = [...new Set(dashboard.funding.byType.map((row) => row.currency))];
  const moneySeries = (["committed", "disbursed", "spent"] as const).map((key) => ({ key, label: t(key), color: MONEY_COLOURS[key] }));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{viewer ? t("introSignedIn") : t("introPublic")}</p>
      <p className="muted">{t("computedAt", { time: computedAt.toISOString().slice(11, 16) })}</p>

      <FilterForm
        label={t("filters")}
        clearHref="/dashboard"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        problems={list.problems && t("invalidFilter", { problems: list.problems })}
      >
        <FilterSelect form="dashboard" name="agreement" label={t("filter.agreement")} value={filter.agreement} any={t("any")} options={agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))} />
        <FilterSelect form="dashboard" name="country" label={t("filter.country")} value={filter.country} any={t("any")} options={countries.map((country) => ({ value: country.code, label: country.name }))} />
        <FilterSelect form="dashboard" name="type" label={t("filter.type")} value={filter.type} any={t("any")} options={Object.values(ProgramType).map((type) => ({ value: type, label: tType(type) }))} />
        <FilterInput form="dashboard" name="year" type="number" min={1990} max={2100} label={t("filter.year")} value={filter.year} />
      </FilterForm>

      <ul className="figures" aria-label={t("keyFigures")}>
        <li className="card">
          <span className="figure-value">{dashboard.programs.total}</span>
          <Link href={withQuery("/programs")}>{t("programsCount")}</Link>
        </li>
        <li className="card">
          <span className="figure-value">{formatPercent(dashboard.civilSociety.programs, dashboard.civilSociety.total)}</span>
          {t("civilSocietyShare", { programs: dashboard.civilSociety.programs, total: dashboard.civilSociety.total })}
        </li>
        <li className="card">
          <span className="figure-value">{dashboard.health.moneyWithoutMonitoring}</span>
          <Link href={withQuery("/programs", { health: "moneyWithoutMonitoring" })}>{t("moneyWithoutMonitoring")}</Link>
        </li>
        <li className="card">
          <span className="figure-value">{dashboard.plans.overdueMeasures}</span>
          <Link href="/plans/overdue">{t("overdueMeasures")}</Link>
        </li>
        <li className="card">
          <span className="figure-value">{dashboard.plans.awaitingReview}</span>
          <Link href="/plans?awaiting=review">{t("awaitingReview")}</Link>
        </li>
      </ul>

      <section aria-labelledby="funding-title">
        <h2 id="funding-title">{t("fundingTitle")}</h2>
        <p>{t("fundingIntro")}</p>
        {currencies.length === 0 && <p>{t("noFunding")}</p>}
        {currencies.map((currency) => {
          const rows = dashboard.funding.byType.filter((row) => row.currency === currency);
          return (
            <div key={currency}>
              <h3>{t("byTypeIn", { currency })}</h3>
              <DashboardBarChart
                data={rows.map((row) => ({ type: tType(row.type), committed: Number(row.committed), disbursed: Number(row.disbursed), spent: Number(row.spent) }))}
                categoryKey="type"
                series={moneySeries}
              />
              <MoneyTable caption={t("byTypeIn", { currency })} head={t("programType")} rows={rows.map((row) => ({ key: row.type, label: tType(row.type), ...row }))} t={t} amount={amount} />
            </div>
          );
        })}
        {dashboard.funding.byAgreement.length > 0 && (
          <>
            <h3>{t("byAgreement")}</h3>
            <MoneyTable
              caption={t("byAgreement")}
              head={t("agreement")}
              rows={dashboard.funding.byAgreement.map((row) => ({ key: `${row.agreementId}-${row.currency}`, label: `${row.agreement} (${row.currency})`, ...row }))}
              t={t}
              amount={amount}
            />
          </>
        )}
        {dashboard.funding.byYear.length > 0 && (
          <>
            <h3>{t("byYear")}</h3>
            <MoneyTable
              caption={t("byYear")}
              head={t("year")}
              rows={dashboard.funding.byYear.map((row) => ({ key: `${row.year}-${row.currency}`, label: `${row.year} (${row.currency})`, ...row }))}
              t={t}
              amount={amount}
            />
          </>
        )}
      </section>

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
        />
        <div className="table-scroll">
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
                    return <td key={type}>{count ? <Link href={withQuery("/programs", { status, type })}>{count}</Link> : 0}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="health-title">
        <h2 id="health-title">{t("healthTitle")}</h2>
        <p>{t("healthIntro", { funded: dashboard.health.funded })}</p>
        <ul>
          <li>
            <Link href={withQuery("/programs", { health: "moneyWithoutMonitoring" })}>{t("moneyWithoutMonitoringCount", { count: dashboard.health.moneyWithoutMonitoring })}</Link>
          </li>
          {(["fundedWithoutIndicators", "indicatorsWithoutBaseline", "overdueReports"] as const).map((flag) => (
            <li key={flag}>
              <Link href={withQuery("/programs", { health: flag })}>
                {tHealth(flag)}: {dashboard.health[flag]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <BalanceChart balance={dashboard.balance} headingId="dashboard-balance-title" title={t("balanceTitle")} />

      <ExportLinks datasets={["programs", "transactions", "indicators", "events"]} query={query.toString()} />

      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{t("plansTitle")}</h2>
        <div className="table-scroll">
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
        </div>
      </section>
    </>
  );
}

function MoneyTable({
  caption,
  head,
  rows,
  t,
  amount,
}: {
  caption: string;
  head: string;
  rows: { key: string; label: string; currency: string; committed: string; disbursed: string; spent: string }[];
  t: (key: string) => string;
  amount: (value: string) => string;
}) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{t("committed")}</th>
            <th scope="col">{t("disbursed")}</th>
            <th scope="col">{t("spent")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                {amount(row.committed)} {row.currency}
              </td>
              <td>
                {amount(row.disbursed)} {row.currency}
              </td>
              <td>
                {amount(row.spent)} {row.currency}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { DashboardBarChart } from "@/components/dashboard/bar-chart";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMoney } from "@/lib/platform/format/numbers";
import type { DashboardFigures } from "./dashboard-figures";

const MONEY_COLOURS = { committed: "#0072b2", disbursed: "#009e73", spent: "#d55e00" };

/** Money committed, disbursed and spent: by program type in each currency, by agreement and by year. */
export async function FundingSection({ dashboard }: { dashboard: DashboardFigures }) {
  const [t, tType, tChart, locale] = await Promise.all([getTranslations("Dashboard"), getTranslations("ProgramType"), getTranslations("Chart"), getLocale()]);
  const amount = (value: string, currency: string) => formatMoney(value, currency, locale, { rounded: true });
  const currencies = [...new Set(dashboard.funding.byType.map((row) => row.currency))];
  const moneySeries = (["committed", "disbursed", "spent"] as const).map((key) => ({ key, label: t(key), color: MONEY_COLOURS[key] }));
  return (
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
            data={rows.map((row) => ({ type: tType(row.type), committed: Number(row.committed), disbursed: Number(row.disbursed), spent: Number(row.spent), exact: { committed: row.committed, disbursed: row.disbursed, spent: row.spent } }))}
            categoryKey="type"
            series={moneySeries}
            currency={currency}
            description={tChart("figure", { title: t("byTypeIn", { currency }) })}
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
  amount: (value: string, currency: string) => string;
}) {
  return (
    <TableScroll label={caption}>
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
              <td>{amount(row.committed, row.currency)}</td>
              <td>{amount(row.disbursed, row.currency)}</td>
              <td>{amount(row.spent, row.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

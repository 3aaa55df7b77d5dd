import { getFormatter, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/authz";
import { getProgramEvents, getProgramFunding, getProgramMonitoring, TAB_ROWS } from "@/lib/programs/program-tabs";

// The program page's read-only tabs: what later features record (money, indicators, events).

type Props = { viewer: Viewer; programId: string };

async function helpers() {
  const [t, format] = await Promise.all([getTranslations("Program"), getFormatter()]);
  return {
    t,
    date: (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long", timeZone: "UTC" }) : "—"),
    // Amounts are exact decimal strings; Intl formats such a string without turning it into a float.
    amount: (value: string, currency: string) => `${new Intl.NumberFormat("en", { maximumFractionDigits: 4 }).format(value as `${number}`)} ${currency}`,
  };
}

/** Totals per transaction type and currency, budgets and the latest transactions. */
export async function FundingTab({ viewer, programId }: Props) {
  const { t, date, amount } = await helpers();
  const funding = await getProgramFunding(viewer, programId);
  const tTransaction = await getTranslations("TransactionType");
  return (
    <section aria-labelledby="funding-title">
      <h2 id="funding-title">{t("tab.funding")}</h2>
      <h3>{t("totals")}</h3>
      {funding.totals.length === 0 ? (
        <p>{t("noTransactions")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("totals")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("transactionType")}</th>
              <th scope="col">{t("currency")}</th>
              <th scope="col">{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {funding.totals.map((total) => (
              <tr key={`${total.type}-${total.currencyCode}`}>
                <td>{tTransaction(total.type)}</td>
                <td>{total.currencyCode}</td>
                <td>{amount(total.amount, total.currencyCode)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("budgets")}</h3>
      {funding.budgets.length === 0 ? (
        <p>{t("noBudgets")}</p>
      ) : (
        <ul>
          {funding.budgets.map((budget) => (
            <li key={budget.id}>
              {date(budget.periodStart)} – {date(budget.periodEnd)}: {amount(budget.amount.toString(), budget.currencyCode)} ({budget.type.toLowerCase()}, {budget.status.toLowerCase()})
            </li>
          ))}
        </ul>
      )}
      <h3>{t("transactions")}</h3>
      {funding.transactions.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("transactions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("transactionType")}</th>
                <th scope="col">{t("amount")}</th>
                <th scope="col">{t("provider")}</th>
                <th scope="col">{t("receiver")}</th>
              </tr>
            </thead>
            <tbody>
              {funding.transactions.map((transaction) => (
                <tr key={transaction.id}>
                  <td>{date(transaction.date)}</td>
                  <td>{tTransaction(transaction.type)}</td>
                  <td>{amount(transaction.amount.toString(), transaction.currencyCode)}</td>
                  <td>{transaction.provider?.name ?? "—"}</td>
                  <td>{transaction.receiver?.name ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {funding.transactionCount > TAB_ROWS && <p className="muted">{t("showing", { shown: TAB_ROWS, total: funding.transactionCount })}</p>}
      <p className="muted">{t("readOnly")}</p>
    </section>
  );
}

/** Indicators with their reporting periods. */
export async function MonitoringTab({ viewer, programId }: Props) {
  const { t, date } = await helpers();
  const indicators = await getProgramMonitoring(viewer, programId);
  return (
    <section aria-labelledby="monitoring-title">
      <h2 id="monitoring-title">{t("tab.monitoring")}</h2>
      {indicators.length === 0 ? (
        <p>{t("noIndicators")}</p>
      ) : (
        indicators.map((indicator) => (
          <div key={indicator.id} className="card">
            <h3>{indicator.title}</h3>
            <p className="muted">
              {indicator.level.toLowerCase()} · {indicator.measure.toLowerCase()} · {indicator.ascending ? t("ascending") : t("descending")}
              {indicator.unit && ` · ${indicator.unit}`} · {t("baseline")}: {indicator.baselineValue?.toString() ?? indicator.baselineText ?? "—"}
              {indicator.baselineYear && ` (${indicator.baselineYear})`}
            </p>
            {indicator.periods.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">{t("periodsOf", { title: indicator.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("period")}</th>
                    <th scope="col">{t("target")}</th>
                    <th scope="col">{t("actualValue")}</th>
                    <th scope="col">{t("due")}</th>
                  </tr>
                </thead>
                <tbody>
                  {indicator.periods.map((period) => (
                    <tr key={period.id}>
                      <td>
                        {date(period.periodStart)} – {date(period.periodEnd)}
                      </td>
                      <td>{period.targetValue?.toString() ?? period.targetText ?? "—"}</td>
                      <td>{period.actualValue?.toString() ?? period.actualText ?? "—"}</td>
                      <td>{date(period.dueDate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))
      )}
      <p className="muted">{t("readOnly")}</p>
    </section>
  );
}

/** Events with their attendance. */
export async function EventsTab({ viewer, programId }: Props) {
  const { t, date } = await helpers();
  const { events, total } = await getProgramEvents(viewer, programId);
  const tEvent = await getTranslations("EventKind");
  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title">{t("tab.events")}</h2>
      {events.length === 0 ? (
        <p>{t("noEvents")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("tab.events")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("event")}</th>
                <th scope="col">{t("place")}</th>
                <th scope="col">{t("organisations")}</th>
                <th scope="col">{t("women")}</th>
                <th scope="col">{t("men")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{date(event.startDate)}</td>
                  <td>
                    {event.title} <span className="muted">({tEvent(event.kind)})</span>
                  </td>
                  <td>{event.place ?? "—"}</td>
                  <td>{event.organisations}</td>
                  <td>{event.women}</td>
                  <td>{event.men}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > TAB_ROWS && <p className="muted">{t("showing", { shown: TAB_ROWS, total })}</p>}
      <p className="muted">{t("readOnly")}</p>
    </section>
  );
}

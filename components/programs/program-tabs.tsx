import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/authz";
import { addBudgetAction, addIndicatorAction, addPeriodAction, addTransactionAction, reportPeriodAction } from "@/app/(app)/programs/monitoring-actions";
import { Badge } from "@/components/ui/badge";
import { FilterSelect } from "@/components/ui/filter-field";
import { convertAmounts, listCurrencies } from "@/lib/funding/exchange-rates";
import { todayUtc } from "@/lib/monitoring/progress";
import { ZConversion } from "@/lib/validation/exchange-rates";
import { RecordForm, type FieldSpec } from "@/components/ui/record-form";
import { IndicatorMeasure, ResultLevel, TransactionType } from "@/lib/db/generated/enums";
import { formatDecimal } from "@/lib/format/numbers";
import { listIndicators } from "@/lib/monitoring/indicators";
import { listProgramChoices } from "@/lib/programs/program-choices";
import { getProgramFunding, TAB_ROWS } from "@/lib/programs/program-tabs";

// The program page's funding and monitoring tabs, which take new records from those who may change
// the program.

type Props = { viewer: Viewer; programId: string; mayEdit?: boolean };

const day = (value: Date) => value.toISOString().slice(0, 10);

/** The program's totals converted into the currency the viewer asked for, with the rates used. */
async function convertedTotals(viewer: Viewer, programId: string, conversion?: { convert?: string; on?: string }) {
  const parsed = ZConversion.safeParse(conversion ?? {});
  if (!parsed.success) return null;
  const on = parsed.data.on ?? todayUtc();
  const { totals } = await getProgramFunding(viewer, programId);
  const tTransaction = await getTranslations("TransactionType");
  const rows = await convertAmounts(totals, parsed.data.convert, on);
  return { target: parsed.data.convert, on, rows: rows.map((row, index) => ({ ...row, type: tTransaction(totals[index]!.type) })) };
}

async function helpers() {
  const [t, format] = await Promise.all([getTranslations("Program"), getFormatter()]);
  return {
    t,
    date: (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long", timeZone: "UTC" }) : "—"),
    amount: (value: string, currency: string) => `${formatDecimal(value, 4)} ${currency}`,
  };
}

/** Totals per transaction type and currency, budgets and the latest transactions. */
export async function FundingTab({ viewer, programId, mayEdit, conversion }: Props & { conversion?: { convert?: string; on?: string } }) {
  const { t, date, amount } = await helpers();
  const [currencies, converted] = await Promise.all([listCurrencies(), convertedTotals(viewer, programId, conversion)]);
  const [tForms, choices] = await Promise.all([getTranslations("MonitoringForms"), mayEdit && viewer ? listProgramChoices(viewer) : null]);
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
      <form method="get" className="filters" aria-label={t("conversionForm")}>
        <input type="hidden" name="tab" value="funding" />
        <FilterSelect
          form="conversion"
          name="convert"
          label={t("convertTo")}
          value={converted?.target}
          any={t("noConversion")}
          options={currencies.map((currency) => ({ value: currency.code, label: `${currency.code} — ${currency.name}` }))}
        />
        <div className="field">
          <label htmlFor="conversion-on">{t("convertOn")}</label>
          <input id="conversion-on" name="on" type="date" defaultValue={converted?.on ?? ""} />
        </div>
        <div>
          <button type="submit" className="button">
            {t("convert")}
          </button>
        </div>
      </form>
      {converted && (
        <table className="table">
          <caption>{t("convertedTotal", { currency: converted.target })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("transactionType")}</th>
              <th scope="col">{t("amount")}</th>
              <th scope="col">{t("converted")}</th>
            </tr>
          </thead>
          <tbody>
            {converted.rows.map((row, index) => (
              <tr key={index}>
                <td>{row.type}</td>
                <td>{amount(row.amount, row.currencyCode)}</td>
                <td>
                  {row.converted ? (
                    <>
                      {amount(row.converted.amount, converted.target)}
                      <br />
                      <span className="muted">
                        {t("rateUsed", { from: row.currencyCode, rate: row.converted.rate, to: converted.target, date: row.converted.validOn })}
                      </span>
                    </>
                  ) : (
                    t("noRate", { from: row.currencyCode, to: converted.target, date: converted.on })
                  )}
                </td>
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
      {mayEdit && choices && (
        <>
          <p>
            <Link href={`/programs/${programId}/import`}>{tForms("importCsv")}</Link>
          </p>
          <h3>{tForms("addTransaction")}</h3>
          <RecordForm
            action={addTransactionAction}
            hidden={{ programId }}
            fields={[
              { name: "type", label: tForms("transactionType"), kind: "select", required: true, options: Object.values(TransactionType).map((value) => ({ value, label: tTransaction(value) })) },
              { name: "date", label: tForms("date"), kind: "date", required: true },
              { name: "amount", label: tForms("amount"), kind: "number", required: true, hint: tForms("amountHint") },
              { name: "currencyCode", label: tForms("currency"), kind: "select", required: true, options: choices.currencies },
              { name: "providerId", label: tForms("provider"), kind: "select", options: [{ value: "", label: tForms("none") }, ...choices.organisations] },
              { name: "receiverId", label: tForms("receiver"), kind: "select", options: [{ value: "", label: tForms("none") }, ...choices.organisations] },
              { name: "reference", label: tForms("reference"), kind: "text" },
              { name: "description", label: tForms("description"), kind: "textarea" },
            ]}
            label={tForms("addTransaction")}
            submitLabel={tForms("addTransaction")}
            pendingLabel={tForms("saving")}
          />
          <h3>{tForms("addBudget")}</h3>
          <RecordForm
            action={addBudgetAction}
            hidden={{ programId }}
            fields={[
              { name: "type", label: tForms("budgetType"), kind: "select", required: true, options: [{ value: "ORIGINAL", label: tForms("original") }, { value: "REVISED", label: tForms("revised") }] },
              { name: "status", label: tForms("budgetStatus"), kind: "select", required: true, options: [{ value: "INDICATIVE", label: tForms("indicative") }, { value: "COMMITTED", label: tForms("committed") }] },
              { name: "periodStart", label: tForms("periodStart"), kind: "date", required: true },
              { name: "periodEnd", label: tForms("periodEnd"), kind: "date", required: true, hint: tForms("budgetPeriodHint") },
              { name: "amount", label: tForms("amount"), kind: "number", required: true, hint: tForms("amountHint") },
              { name: "currencyCode", label: tForms("currency"), kind: "select", required: true, options: choices.currencies },
            ]}
            label={tForms("addBudget")}
            submitLabel={tForms("addBudget")}
            pendingLabel={tForms("saving")}
          />
        </>
      )}
    </section>
  );
}

/** Indicators with their reporting periods, progress toward each target and overdue reports. */
export async function MonitoringTab({ viewer, programId, mayEdit }: Props) {
  const { t, date } = await helpers();
  const [indicators, tForms] = await Promise.all([listIndicators(viewer, programId), getTranslations("MonitoringForms")]);
  const periodFields = (withActual: boolean): FieldSpec[] => [
    { name: "periodStart", label: tForms("periodStart"), kind: "date", required: true },
    { name: "periodEnd", label: tForms("periodEnd"), kind: "date", required: true },
    { name: "dueDate", label: tForms("dueDate"), kind: "date", hint: tForms("dueDateHint") },
    { name: "target", label: tForms("target"), kind: "text" },
    ...(withActual ? [{ name: "actual", label: tForms("actual"), kind: "text" as const }] : []),
  ];
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
                    <th scope="col">{t("progress")}</th>
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
                      <td>{period.progressPercent === null ? "—" : `${period.progressPercent} %`}</td>
                      <td>
                        {date(period.dueDate)} {period.overdue && <Badge>{t("overdue")}</Badge>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {mayEdit &&
              indicator.periods
                .filter((period) => period.actualValue === null && period.actualText === null)
                .map((period) => (
                  <details key={period.id}>
                    <summary>{tForms("reportFor", { period: `${date(period.periodStart)} – ${date(period.periodEnd)}` })}</summary>
                    <RecordForm
                      action={reportPeriodAction}
                      hidden={{ programId, indicatorId: indicator.id, periodId: period.id, version: String(period.version) }}
                      fields={[
                        { name: "periodStart", label: tForms("periodStart"), kind: "date", required: true, defaultValue: day(period.periodStart) },
                        { name: "periodEnd", label: tForms("periodEnd"), kind: "date", required: true, defaultValue: day(period.periodEnd) },
                        { name: "dueDate", label: tForms("dueDate"), kind: "date", defaultValue: day(period.dueDate) },
                        { name: "target", label: tForms("target"), kind: "text", defaultValue: period.targetValue?.toString() ?? period.targetText ?? "" },
                        { name: "actual", label: tForms("actual"), kind: "text", required: true },
                        { name: "comment", label: tForms("comment"), kind: "textarea" },
                      ]}
                      label={tForms("reportFor", { period: `${date(period.periodStart)} – ${date(period.periodEnd)}` })}
                      submitLabel={tForms("report")}
                      pendingLabel={tForms("saving")}
                    />
                  </details>
                ))}
            {mayEdit && (
              <details>
                <summary>{tForms("addPeriodTo", { title: indicator.title })}</summary>
                <RecordForm
                  action={addPeriodAction}
                  hidden={{ programId, indicatorId: indicator.id }}
                  fields={periodFields(true)}
                  label={tForms("addPeriodTo", { title: indicator.title })}
                  submitLabel={tForms("addPeriod")}
                  pendingLabel={tForms("saving")}
                />
              </details>
            )}
          </div>
        ))
      )}
      {mayEdit && (
        <>
          <h3>{tForms("addIndicator")}</h3>
          <RecordForm
            action={addIndicatorAction}
            hidden={{ programId }}
            fields={[
              { name: "title", label: tForms("title"), kind: "text", required: true },
              { name: "level", label: tForms("level"), kind: "select", required: true, options: Object.values(ResultLevel).map((value) => ({ value, label: value.toLowerCase() })) },
              { name: "measure", label: tForms("measure"), kind: "select", required: true, options: Object.values(IndicatorMeasure).map((value) => ({ value, label: value.toLowerCase() })) },
              { name: "ascending", label: tForms("direction"), kind: "select", required: true, options: [{ value: "true", label: t("ascending") }, { value: "false", label: t("descending") }] },
              { name: "baseline", label: tForms("baseline"), kind: "text", hint: tForms("baselineHint") },
              { name: "baselineYear", label: tForms("baselineYear"), kind: "number" },
              { name: "unit", label: tForms("unit"), kind: "text" },
              { name: "description", label: tForms("description"), kind: "textarea" },
            ]}
            label={tForms("addIndicator")}
            submitLabel={tForms("addIndicator")}
            pendingLabel={tForms("saving")}
          />
        </>
      )}
    </section>
  );
}

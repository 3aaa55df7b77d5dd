import { getTranslations } from "@/lib/platform/i18n/server";
import type { Viewer } from "@/lib/platform/authz";
import { currencyOptions, defaultCurrency } from "@/components/ui/currency-choice";
import { FilterSelect } from "@/components/ui/filter-field";
import { convertAmounts } from "@/lib/domain/funding/exchange-rates/convert-amounts";
import { listCurrencies } from "@/lib/domain/funding/exchange-rates/list-currencies";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { ZConversion } from "@/lib/domain/funding/exchange-rate-schemas";
import { getProgramFunding } from "@/lib/domain/funding/get-program-funding";
import { TAB_ROWS } from "@/lib/domain/programs/program-tabs";
import { FundingForms } from "./funding-forms";
import { tabHelpers } from "./tab-helpers";
import { TableScroll } from "@/components/ui/table-scroll";
import { Badge } from "@/components/ui/badge";

// The program page's funding tab: what was spent and budgeted, converted on request into one currency.

type Conversion = { convert?: string; on?: string };
type Props = {
  viewer: Viewer;
  programId: string;
  /** The program's own currency, which its money forms start on. */
  currencyCode?: string;
  mayEdit?: boolean;
  conversion?: Conversion;
};
type Funding = Awaited<ReturnType<typeof getProgramFunding>>;
type Currencies = Awaited<ReturnType<typeof listCurrencies>>;

/** The program's totals converted into the currency the viewer asked for, with the rates used. */
async function convertedTotals(totals: Funding["totals"], conversion?: Conversion) {
  const parsed = ZConversion.safeParse(conversion ?? {});
  if (!parsed.success) return null;
  const on = parsed.data.on ?? todayUtc();
  const tTransaction = await getTranslations("TransactionType");
  const rows = await convertAmounts(totals, parsed.data.convert, on);
  return { target: parsed.data.convert, on, rows: rows.map((row, index) => ({ ...row, type: tTransaction(totals[index]!.type) })) };
}

/**
 * Totals per transaction type and currency, budgets and the latest transactions. The funding and the
 * currencies are read once, here, for all the sections.
 */
export async function FundingTab({ viewer, programId, currencyCode, mayEdit, conversion }: Props) {
  const [{ t }, funding, currencies] = await Promise.all([tabHelpers(), getProgramFunding(viewer, programId), listCurrencies()]);
  return (
    <section aria-labelledby="funding-title">
      <h2 id="funding-title">{t("tab.funding")}</h2>
      <Totals funding={funding} />
      <ConversionSection totals={funding.totals} currencies={currencies} conversion={conversion} />
      <BudgetsAndTransactions funding={funding} />
      {mayEdit && (
        <FundingForms
          viewer={viewer}
          programId={programId}
          currencies={currencies}
          // The program's currency, else the one its latest transaction (or budget) was in.
          currencyCode={defaultCurrency(currencies, currencyCode, funding.transactions[0]?.currencyCode, funding.budgets.at(-1)?.currencyCode)}
        />
      )}
    </section>
  );
}

async function Totals({ funding }: { funding: Funding }) {
  const [{ t, amount }, tTransaction] = await Promise.all([tabHelpers(), getTranslations("TransactionType")]);
  return (
    <>
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
    </>
  );
}

/** The form to convert the totals into one currency on a day, and the converted totals. */
async function ConversionSection({ totals, currencies, conversion }: { totals: Funding["totals"]; currencies: Currencies; conversion?: Conversion }) {
  const [{ t, amount }, converted] = await Promise.all([tabHelpers(), convertedTotals(totals, conversion)]);
  return (
    <>
    <form method="get" className="filters" aria-label={t("conversionForm")}>
      <input type="hidden" name="tab" value="funding" />
      <FilterSelect
        form="conversion"
        name="convert"
        label={t("convertTo")}
        value={converted?.target}
        any={t("noConversion")}
        options={currencyOptions(currencies)}
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
    </>
  );
}

/** A negative transaction corrects an earlier one (a disbursement reversed, a commitment reduced). */
const isCorrection = (amount: { toString(): string }) => amount.toString().startsWith("-");

async function BudgetsAndTransactions({ funding }: { funding: Funding }) {
  const [{ t, date, amount }, tTransaction] = await Promise.all([tabHelpers(), getTranslations("TransactionType")]);
  return (
    <>
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
      <TableScroll label={t("transactions")}>
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
                <td>
                  {amount(transaction.amount.toString(), transaction.currencyCode)}
                  {isCorrection(transaction.amount) && (
                    <>
                      {" "}
                      <Badge>{t("correction")}</Badge>
                    </>
                  )}
                </td>
                <td>{transaction.provider?.name ?? "—"}</td>
                <td>{transaction.receiver?.name ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    )}
    {funding.transactionCount > TAB_ROWS && <p className="muted">{t("showing", { shown: TAB_ROWS, total: funding.transactionCount })}</p>}
    </>
  );
}

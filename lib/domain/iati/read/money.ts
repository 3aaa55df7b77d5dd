import { ZCreateBudget, ZCreateTransaction } from "@/lib/domain/funding/schemas";
import { BUDGET_STATUS_OF_CODE, BUDGET_TYPE_OF_CODE, codeName, inCodelist, TRANSACTION_OF_CODE } from "../codes";
import { childNamed, childrenNamed, type XmlElement } from "../xml-tree";
import type { ReadContext } from "./context";
import type { ReadActivity, ReadTransaction } from "./types";
import { first, isoDay } from "./values";
import { iatiText } from "../iati-text";

/** The activity's default currency, else the currency of its first value; critical when there is none. */
export function readCurrency({ element, problem }: ReadContext): string {
  let currencyCode = element.attrs["default-currency"]?.trim().toUpperCase() ?? "";
  if (!currencyCode) {
    const firstValue = element.children.flatMap((child) => [childNamed(child, "value")]).find((value) => value?.attrs.currency);
    currencyCode = firstValue?.attrs.currency?.trim().toUpperCase() ?? "";
    if (currencyCode) problem("warning", "default-currency", iatiText("currencyFromFirstValue", { currency: currencyCode }));
  }
  if (!currencyCode) problem("critical", "default-currency", iatiText("noCurrency"));
  else if (!inCodelist("Currency", currencyCode)) problem("critical", "default-currency", iatiText("currencyNotInCodelist", { currency: currencyCode }));
  return currencyCode;
}

/** The budgets the tracker's form would take; a value without a currency is in the activity's. */
export function readBudgets({ element, problem }: ReadContext, currencyCode: string): ReadActivity["budgets"] {
  const budgets: ReadActivity["budgets"] = [];
  childrenNamed(element, "budget").forEach((budget, index) => {
    const where = `budget ${index + 1}`;
    const value = childNamed(budget, "value");
    const typeCode = budget.attrs.type?.trim() || "1";
    const statusCode = budget.attrs.status?.trim() || "1";
    const input = {
      type: BUDGET_TYPE_OF_CODE[typeCode] ?? typeCode,
      status: BUDGET_STATUS_OF_CODE[statusCode] ?? statusCode,
      periodStart: isoDay(childNamed(budget, "period-start")?.attrs["iso-date"]) ?? "",
      periodEnd: isoDay(childNamed(budget, "period-end")?.attrs["iso-date"]) ?? "",
      amount: value?.text.trim() ?? "",
      currencyCode: value?.attrs.currency?.trim() || currencyCode,
      valueDate: isoDay(value?.attrs["value-date"]) ?? "",
    };
    const parsed = ZCreateBudget.safeParse(input);
    if (!parsed.success) problem("error", where, iatiText("notKeptBecause", { reason: first(parsed.error) }));
    else if (!inCodelist("Currency", parsed.data.currencyCode)) problem("error", where, iatiText("notKeptCurrencyNotInCodelist", { currency: parsed.data.currencyCode }));
    else budgets.push({ ...parsed.data, valueDate: parsed.data.valueDate ?? parsed.data.periodStart });
  });
  return budgets;
}

/** The transactions of the four kinds the tracker records, with their provider and receiver; a negative one is a correction. */
export function readTransactions({ element, problem, texts, organisation, withTranslations }: ReadContext, currencyCode: string): ReadTransaction[] {
  const transactions: ReadTransaction[] = [];
  childrenNamed(element, "transaction").forEach((transaction, index) => {
    const where = `transaction ${index + 1}`;
    const typeCode = childNamed(transaction, "transaction-type")?.attrs.code?.trim() ?? "";
    const kind = TRANSACTION_OF_CODE[typeCode];
    if (!kind) {
      problem(
        "error",
        where,
        !typeCode
          ? iatiText("withoutCode", { element: "<transaction-type>", attribute: "code" })
          : inCodelist("TransactionType", typeCode)
            ? iatiText("transactionKindNotOurs", { name: codeName("TransactionType", typeCode), code: typeCode })
            : iatiText("transactionTypeNotInCodelist", { code: typeCode }),
      );
      return;
    }
    const value = childNamed(transaction, "value");
    const date = transactionDate(transaction, value, (tier, message) => problem(tier, where, message));
    if (!date) return;
    const description = texts(childNamed(transaction, "description"), `${where} description`);
    const providerElement = childNamed(transaction, "provider-org");
    const receiverElement = childNamed(transaction, "receiver-org");
    const input = {
      type: kind,
      date,
      amount: value?.text.trim() ?? "",
      currencyCode: value?.attrs.currency?.trim() || currencyCode,
      reference: transaction.attrs.ref?.trim() || undefined,
      description: description?.text ?? "",
    };
    const parsed = ZCreateTransaction.safeParse(input);
    if (!parsed.success) problem("error", where, iatiText("notKeptBecause", { reason: first(parsed.error) }));
    else if (!inCodelist("Currency", parsed.data.currencyCode)) problem("error", where, iatiText("notKeptCurrencyNotInCodelist", { currency: parsed.data.currencyCode }));
    else {
      // IATI writes a correction (a disbursement reversed, a commitment reduced) as a negative value;
      // it is kept, so that the totals go down by it, and the reader is told how it was read.
      if (parsed.data.amount.startsWith("-")) problem("warning", where, iatiText("transactionCorrection", { amount: parsed.data.amount }));
      transactions.push({
        input: parsed.data,
        provider: providerElement ? organisation(providerElement, `${where} provider-org`) : undefined,
        receiver: receiverElement ? organisation(receiverElement, `${where} receiver-org`) : undefined,
        translations: withTranslations({ description }),
      });
    }
  });
  return transactions;
}

/**
 * A transaction's date: its transaction-date, or, when that is missing or not a date, its value date
 * with a warning that says so; undefined, with an error, when it has neither.
 */
function transactionDate(transaction: XmlElement, value: XmlElement | undefined, report: (tier: "warning" | "error", message: string) => void): string | undefined {
  const given = childNamed(transaction, "transaction-date")?.attrs["iso-date"]?.trim();
  const date = isoDay(given);
  if (date) return date;
  const valueDate = isoDay(value?.attrs["value-date"]);
  if (valueDate) {
    report("warning", given ? iatiText("transactionDateNotDate", { value: given, date: valueDate }) : iatiText("transactionDateMissing", { date: valueDate }));
    return valueDate;
  }
  report("error", given ? iatiText("transactionDateNotDateNotKept", { value: given }) : iatiText("transactionWithoutDate"));
  return undefined;
}

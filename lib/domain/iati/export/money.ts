import { BUDGET_STATUS, BUDGET_TYPE, TRANSACTION_TYPE } from "../codes";
import { readTranslations } from "../translations";
import { attributes, day, decimal, narratives, type Node } from "./nodes";
import { organisation } from "./organisations";
import type { ExportedProgram } from "./types";

/** The program's `budget` elements, in the order PostgreSQL gave them. */
export function budgets(program: ExportedProgram): Node[] {
  return program.budgets.map((budget) => ({
    "@_type": BUDGET_TYPE[budget.type],
    "@_status": BUDGET_STATUS[budget.status],
    "period-start": { "@_iso-date": day(budget.periodStart) },
    "period-end": { "@_iso-date": day(budget.periodEnd) },
    value: { "@_currency": budget.currencyCode, "@_value-date": day(budget.valueDate), "#text": decimal(budget.amount) },
  }));
}

/** The program's `transaction` elements, in the order PostgreSQL gave them. */
export function transactions(program: ExportedProgram): Node[] {
  return program.transactions.map((transaction) => ({
    ...attributes({ ref: transaction.reference }),
    "transaction-type": { "@_code": TRANSACTION_TYPE[transaction.type] },
    "transaction-date": { "@_iso-date": day(transaction.date) },
    value: { "@_currency": transaction.currencyCode, "@_value-date": day(transaction.date), "#text": decimal(transaction.amount) },
    ...(transaction.description ? { description: { narrative: narratives(transaction.description, readTranslations(transaction.translations).description) } } : {}),
    ...(transaction.provider ? { "provider-org": organisation(transaction.provider) } : {}),
    ...(transaction.receiver ? { "receiver-org": organisation(transaction.receiver) } : {}),
  }));
}

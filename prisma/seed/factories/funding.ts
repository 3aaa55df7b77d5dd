import type { Prisma } from "@/lib/platform/db/generated/client";
import type { BudgetStatus, BudgetType, TransactionType } from "@/lib/platform/db/generated/enums";
import { factories, row } from "./row";

type BudgetGiven = Partial<Prisma.BudgetCreateManyInput> & Pick<Prisma.BudgetCreateManyInput, "programId">;

/** A budget row; without more, the original committed budget of 2025, 1,000 US dollars. */
export function budgetRow<Given extends BudgetGiven>(given: Given) {
  const defaults = { type: "ORIGINAL" as BudgetType, status: "COMMITTED" as BudgetStatus, amount: "1000", currencyCode: "USD" };
  return row({ ...defaults, periodStart: new Date("2025-01-01"), periodEnd: new Date("2025-12-31"), valueDate: new Date("2025-01-01") }, given);
}

export const { one: createBudget, many: createBudgets } = factories((db) => db.budget, budgetRow<BudgetGiven>);

type TransactionGiven = Partial<Prisma.TransactionCreateManyInput> & Pick<Prisma.TransactionCreateManyInput, "programId">;

/** A transaction row of the program; without more, a commitment of 100 US dollars on 1 June 2025. */
export function transactionRow<Given extends TransactionGiven>(given: Given) {
  return row({ type: "COMMITMENT" as TransactionType, amount: "100", currencyCode: "USD", date: new Date("2025-06-01") }, given);
}

export const { one: createTransaction, many: createTransactions } = factories((db) => db.transaction, transactionRow<TransactionGiven>);

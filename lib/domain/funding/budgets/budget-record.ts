import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import type { TCreateBudget } from "@/lib/domain/funding/schemas";
import { problem } from "@/lib/platform/i18n/problem";

// What the budget operations share: the columns they return and store, and the line they change.

export const BUDGET_SELECT = {
  id: true,
  programId: true,
  type: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  amount: true,
  currencyCode: true,
  valueDate: true,
  version: true,
} as const;

/** The columns a validated budget line is stored in; its value date is the period's start unless given. */
export const budgetColumns = (data: TCreateBudget) => ({ ...data, valueDate: data.valueDate ?? data.periodStart });

/** One of the program's budget lines, or 404. */
export async function loadBudget(tx: DbTx, programId: string, id: string) {
  const budget = await tx.budget.findFirst({ where: { id, programId }, select: BUDGET_SELECT });
  if (!budget) throw new AppError("NOT_FOUND", problem("FundingProblems.noBudget"));
  return budget;
}

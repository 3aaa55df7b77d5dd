import { z } from "zod";
import { BudgetStatus, BudgetType, TransactionType } from "@/lib/platform/db/generated/enums";
import { whenValid, ZDay, ZId, ZRequiredDay, ZVersion } from "@/lib/platform/validation";
import { ZAmount } from "../programs/schemas";

const ZCurrency = z
  .string({ error: "Choose the currency." })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 currency code such as USD.");

/** An amount that must be more than zero. */
const ZPositiveAmount = ZAmount.refine((amount) => /[1-9]/.test(amount), "Enter an amount greater than zero.");

const budgetFields = {
  type: z.enum(BudgetType, { error: "Choose ORIGINAL or REVISED." }),
  status: z.enum(BudgetStatus, { error: "Choose INDICATIVE or COMMITTED." }),
  periodStart: ZRequiredDay("Enter the first day of the budget period."),
  periodEnd: ZRequiredDay("Enter the last day of the budget period."),
  amount: ZAmount,
  currencyCode: ZCurrency,
  valueDate: ZDay,
};

const YEAR_MS = 366 * 86_400_000;

function checkPeriod(budget: { periodStart: Date; periodEnd: Date }, ctx: z.RefinementCtx) {
  if (budget.periodEnd < budget.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period cannot end before it starts." });
  } else if (budget.periodEnd.getTime() - budget.periodStart.getTime() >= YEAR_MS) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "A budget period is at most one year (IATI); split longer budgets by year." });
  }
}

/** A budget line: an amount for a period of at most a year, original or revised, indicative or committed. */
const PERIOD = whenValid("periodStart", "periodEnd");
export const ZCreateBudget = z.object(budgetFields).superRefine(checkPeriod, PERIOD);
export const ZUpdateBudget = z.object({ version: ZVersion, ...budgetFields }).superRefine(checkPeriod, PERIOD);

const transactionFields = {
  type: z.enum(TransactionType, { error: "Choose INCOMING_FUNDS, COMMITMENT, DISBURSEMENT or EXPENDITURE." }),
  date: ZRequiredDay("Enter the date of the transaction."),
  amount: ZPositiveAmount,
  currencyCode: ZCurrency,
  providerId: ZId("Choose the providing organisation from the list.").optional(),
  receiverId: ZId("Choose the receiving organisation from the list.").optional(),
  reference: z.string().trim().max(100, "Keep the reference under 100 characters.").optional().transform((value) => value || undefined),
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
};

/** Money that has moved: only a commitment may be dated in the future. */
function checkTransactionDate(transaction: { type: TransactionType; date: Date }, ctx: z.RefinementCtx) {
  const today = new Date(new Date().toISOString().slice(0, 10));
  if (transaction.type !== "COMMITMENT" && transaction.date > today) {
    ctx.addIssue({ code: "custom", path: ["date"], message: "Only a commitment can be dated in the future; money paid or spent has a date that has passed." });
  }
}

const TYPE_AND_DATE = whenValid("type", "date");
export const ZCreateTransaction = z.object(transactionFields).superRefine(checkTransactionDate, TYPE_AND_DATE);
export const ZUpdateTransaction = z.object({ version: ZVersion, ...transactionFields }).superRefine(checkTransactionDate, TYPE_AND_DATE);
export type TCreateTransaction = z.infer<typeof ZCreateTransaction>;
export type TCreateBudget = z.infer<typeof ZCreateBudget>;

export const ZTransactionFilter = z.object({
  type: z.preprocess((value) => (value === "" ? undefined : value), z.enum(TransactionType, { error: "Choose a transaction type from the list." }).optional()),
});

import { z } from "zod";
import { BudgetStatus, BudgetType, TransactionType } from "@/lib/platform/db/generated/enums";
import { whenValid, ZDay, ZId, ZRequiredDay, ZVersion } from "@/lib/platform/validation";
import { ZAmount } from "../programs/schemas";
import { problem } from "@/lib/platform/i18n/problem";

const ZCurrency = z
  .string({ error: problem("FundingProblems.currency") })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, problem("ChoiceProblems.currencyCode"));

/** An amount that must be more than zero. */
const ZPositiveAmount = ZAmount.refine((amount) => /[1-9]/.test(amount), problem("FundingProblems.amountPositive"));

const budgetFields = {
  type: z.enum(BudgetType, { error: problem("FundingProblems.budgetType") }),
  status: z.enum(BudgetStatus, { error: problem("FundingProblems.budgetStatus") }),
  periodStart: ZRequiredDay(problem("FundingProblems.budgetStart")),
  periodEnd: ZRequiredDay(problem("FundingProblems.budgetEnd")),
  amount: ZAmount,
  currencyCode: ZCurrency,
  valueDate: ZDay,
};

const YEAR_MS = 366 * 86_400_000;

function checkPeriod(budget: { periodStart: Date; periodEnd: Date }, ctx: z.RefinementCtx) {
  if (budget.periodEnd < budget.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: problem("ChoiceProblems.periodEndsBeforeStart") });
  } else if (budget.periodEnd.getTime() - budget.periodStart.getTime() >= YEAR_MS) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: problem("FundingProblems.budgetYear") });
  }
}

/** A budget line: an amount for a period of at most a year, original or revised, indicative or committed. */
const PERIOD = whenValid("periodStart", "periodEnd");
export const ZCreateBudget = z.object(budgetFields).superRefine(checkPeriod, PERIOD);
export const ZUpdateBudget = z.object({ version: ZVersion, ...budgetFields }).superRefine(checkPeriod, PERIOD);

const transactionFields = {
  type: z.enum(TransactionType, { error: problem("FundingProblems.transactionType") }),
  date: ZRequiredDay(problem("FundingProblems.transactionDate")),
  amount: ZPositiveAmount,
  currencyCode: ZCurrency,
  providerId: ZId(problem("FundingProblems.provider")).optional(),
  receiverId: ZId(problem("FundingProblems.receiver")).optional(),
  reference: z.string().trim().max(100, problem("FundingProblems.referenceMax")).optional().transform((value) => value || undefined),
  description: z.string().trim().max(2000, problem("ChoiceProblems.descriptionMax", { max: 2000 })).default(""),
};

/** Money that has moved: only a commitment may be dated in the future. */
function checkTransactionDate(transaction: { type: TransactionType; date: Date }, ctx: z.RefinementCtx) {
  const today = new Date(new Date().toISOString().slice(0, 10));
  if (transaction.type !== "COMMITMENT" && transaction.date > today) {
    ctx.addIssue({ code: "custom", path: ["date"], message: problem("FundingProblems.futureDate") });
  }
}

const TYPE_AND_DATE = whenValid("type", "date");
export const ZCreateTransaction = z.object(transactionFields).superRefine(checkTransactionDate, TYPE_AND_DATE);
export const ZUpdateTransaction = z.object({ version: ZVersion, ...transactionFields }).superRefine(checkTransactionDate, TYPE_AND_DATE);
export type TCreateTransaction = z.infer<typeof ZCreateTransaction>;
export type TCreateBudget = z.infer<typeof ZCreateBudget>;

export const ZTransactionFilter = z.object({
  type: z.preprocess((value) => (value === "" ? undefined : value), z.enum(TransactionType, { error: problem("FundingProblems.typeFromList") }).optional()),
});

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

/** How a transaction's amount is written, checked here and published in the API's schema: an optional minus sign, then the digits of any amount. */
const TRANSACTION_AMOUNT = /^-?\d{1,16}(\.\d{1,4})?$/;

/**
 * A transaction's amount: a decimal string with at most 16 digits before the point and 4 after,
 * negative for a correction (a disbursement reversed, a commitment reduced), as IATI allows, so
 * that the totals, which are sums, go down by it. Zero moves no money and is refused. A malformed
 * amount is told how to write one, and only that.
 */
const ZTransactionAmount = z
  .union([z.string(), z.number()], { error: problem("ChoiceProblems.amountSuchAs") })
  .transform((value) => String(value).trim())
  .pipe(
    z
      .string()
      .regex(TRANSACTION_AMOUNT, { error: problem("ChoiceProblems.amountDigits"), abort: true })
      .refine((amount) => /[1-9]/.test(amount), problem("FundingProblems.amountNotZero")),
  )
  .meta({
    description: "A decimal string such as \"1250.50\" (at most 4 digits after the point), not zero; a correction is negative, such as \"-1250.50\".",
    pattern: TRANSACTION_AMOUNT.source,
  });

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
  amount: ZTransactionAmount,
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

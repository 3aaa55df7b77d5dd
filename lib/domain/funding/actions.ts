"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { createBudget } from "@/lib/domain/funding/budgets/create-budget";
import { createExchangeRate } from "@/lib/domain/funding/exchange-rates/create-exchange-rate";
import { deleteExchangeRate } from "@/lib/domain/funding/exchange-rates/delete-exchange-rate";
import { createTransaction } from "@/lib/domain/funding/transactions/create-transaction";

/** The program the form is about, and the fields that are the record itself. */
function programRecord(form: FormData) {
  const { programId: _programId, ...record } = formObject(form);
  return { programId: String(form.get("programId") ?? ""), record };
}

/** Refreshes the pages that show the program's money and says what was saved. */
async function savedOnProgram(programId: string, key: "transactionAdded" | "budgetAdded") {
  revalidatePath(`/programs/${programId}`);
  revalidatePath("/programs");
  return { message: (await getTranslations("MonitoringForms"))(key) };
}

export const addTransactionAction = formAction(async (ctx, form) => {
  const { programId, record } = programRecord(form);
  await createTransaction(ctx, programId, record);
  return savedOnProgram(programId, "transactionAdded");
});

export const addBudgetAction = formAction(async (ctx, form) => {
  const { programId, record } = programRecord(form);
  await createBudget(ctx, programId, record);
  return savedOnProgram(programId, "budgetAdded");
});

export const createExchangeRateAction = formAction(async (ctx, form) => {
  await createExchangeRate(ctx, formObject(form));
  revalidatePath("/admin/exchange-rates");
  return { message: (await getTranslations("ExchangeRates"))("added") };
});

export const deleteExchangeRateAction = formAction(async (ctx, form) => {
  await deleteExchangeRate(ctx, String(form.get("id") ?? ""));
  revalidatePath("/admin/exchange-rates");
  return { message: (await getTranslations("ExchangeRates"))("removed") };
});

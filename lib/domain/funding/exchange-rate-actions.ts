"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { createExchangeRate } from "@/lib/domain/funding/exchange-rates/create-exchange-rate";
import { deleteExchangeRate } from "@/lib/domain/funding/exchange-rates/delete-exchange-rate";

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

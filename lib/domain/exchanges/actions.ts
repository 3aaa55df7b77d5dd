"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { setFlash } from "@/lib/platform/flash/set-flash";
import { withFormTranslations } from "@/lib/platform/i18n/record-translations";
import { attachExchangeDocument } from "@/lib/domain/exchanges/attach-exchange-document";
import { removeExchangeDocument } from "@/lib/domain/exchanges/remove-exchange-document";
import { createExchange } from "@/lib/domain/exchanges/create-exchange";
import { deleteExchange } from "@/lib/domain/exchanges/delete-exchange";
import { updateExchange } from "@/lib/domain/exchanges/update-exchange";

const idOf = (form: FormData) => String(form.get("id") ?? "");
const fieldsOf = (form: FormData) => withFormTranslations(formObject(form, { arrays: ["provisionIds"] }));

/** The log, the exchange's page and the agreement pages (which list their exchanges) show what changed. */
function revalidateExchange(id: string) {
  revalidatePath("/exchanges");
  revalidatePath(`/exchanges/${id}`);
  revalidatePath("/agreements/[id]", "page");
}

export const createExchangeAction = formAction(async (ctx, form) => {
  const exchange = await createExchange(ctx, fieldsOf(form));
  revalidateExchange(exchange.id);
  await setFlash("exchangeCreated");
  redirect(`/exchanges/${exchange.id}`);
});

export const updateExchangeAction = formAction(async (ctx, form) => {
  const exchange = await updateExchange(ctx, idOf(form), fieldsOf(form));
  revalidateExchange(exchange.id);
  await setFlash("exchangeSaved");
  redirect(`/exchanges/${exchange.id}`);
});

export const deleteExchangeAction = formAction(async (ctx, form) => {
  const id = idOf(form);
  const { title } = await deleteExchange(ctx, id, form.get("version") ?? undefined);
  revalidateExchange(id);
  await setFlash("exchangeDeleted", title);
  redirect("/exchanges");
});

export const attachExchangeDocumentAction = formAction(async (ctx, form) => {
  const id = idOf(form);
  const file = form.get("file");
  const { id: _id, ...meta } = formObject(form);
  await attachExchangeDocument(ctx, id, meta, file instanceof File ? file : null);
  revalidateExchange(id);
  return { message: (await getTranslations("ProgramParts"))("attached") };
});

export const removeExchangeDocumentAction = formAction(async (ctx, form) => {
  const id = idOf(form);
  await removeExchangeDocument(ctx, id, String(form.get("documentId") ?? ""));
  revalidateExchange(id);
  return { message: (await getTranslations("ProgramParts"))("documentRemoved") };
});

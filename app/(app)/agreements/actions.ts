"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formObject } from "@/lib/actions/form-action";
import { createAgreement } from "@/lib/agreements/create-agreement";
import { updateAgreement } from "@/lib/agreements/update-agreement";
import { createProvision } from "@/lib/provisions/create-provision";
import { updateProvision } from "@/lib/provisions/update-provision";

const idOf = (form: FormData) => String(form.get("id") ?? "");

export const createAgreementAction = formAction(async (ctx, form) => {
  const agreement = await createAgreement(ctx, formObject(form, { arrays: ["parties"] }));
  revalidatePath("/agreements");
  redirect(`/agreements/${agreement.id}`);
});

export const updateAgreementAction = formAction(async (ctx, form) => {
  const agreement = await updateAgreement(ctx, idOf(form), formObject(form, { arrays: ["parties"] }));
  revalidatePath("/agreements");
  redirect(`/agreements/${agreement.id}`);
});

export const createProvisionAction = formAction(async (ctx, form) => {
  const provision = await createProvision(ctx, formObject(form));
  redirect(`/agreements/${provision.agreementId}#provision-${provision.id}`);
});

export const updateProvisionAction = formAction(async (ctx, form) => {
  const provision = await updateProvision(ctx, idOf(form), formObject(form));
  redirect(`/agreements/${provision.agreementId}#provision-${provision.id}`);
});

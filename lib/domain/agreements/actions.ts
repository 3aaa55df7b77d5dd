"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { setFlash } from "@/lib/platform/flash/set-flash";
import { withFormTranslations } from "@/lib/platform/i18n/record-translations";
import { createAgreement } from "@/lib/domain/agreements/create-agreement";
import { updateAgreement } from "@/lib/domain/agreements/update-agreement";
import { createProvision } from "@/lib/domain/agreements/provisions/create-provision";
import { updateProvision } from "@/lib/domain/agreements/provisions/update-provision";

const idOf = (form: FormData) => String(form.get("id") ?? "");

/**
 * The pages that show an agreement's title, parties or provision count: the home page, the list,
 * the agreement's page, and the institution directory and pages (which name the agreement).
 */
function revalidateAgreement(agreementId: string) {
  revalidatePath("/");
  revalidatePath("/agreements");
  revalidatePath(`/agreements/${agreementId}`);
  revalidatePath("/institutions", "layout");
}

/** A provision shows on its agreement's page and in the provision counts of the list and home page. */
function revalidateProvision(provision: { agreementId: string }) {
  revalidatePath("/");
  revalidatePath("/agreements");
  revalidatePath(`/agreements/${provision.agreementId}`);
}

export const createAgreementAction = formAction(async (ctx, form) => {
  const agreement = await createAgreement(ctx, withFormTranslations(formObject(form, { arrays: ["parties"] })));
  revalidateAgreement(agreement.id);
  await setFlash("agreementCreated");
  redirect(`/agreements/${agreement.id}`);
});

export const updateAgreementAction = formAction(async (ctx, form) => {
  const agreement = await updateAgreement(ctx, idOf(form), withFormTranslations(formObject(form, { arrays: ["parties"] })));
  revalidateAgreement(agreement.id);
  await setFlash("agreementSaved");
  redirect(`/agreements/${agreement.id}`);
});

export const createProvisionAction = formAction(async (ctx, form) => {
  const provision = await createProvision(ctx, formObject(form));
  revalidateProvision(provision);
  await setFlash("provisionSaved");
  redirect(`/agreements/${provision.agreementId}#provision-${provision.id}`);
});

export const updateProvisionAction = formAction(async (ctx, form) => {
  const provision = await updateProvision(ctx, idOf(form), formObject(form));
  revalidateProvision(provision);
  await setFlash("provisionSaved");
  redirect(`/agreements/${provision.agreementId}#provision-${provision.id}`);
});

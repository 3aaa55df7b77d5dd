"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { createOrganisation } from "@/lib/domain/organisations/create-organisation";
import { updateOrganisation } from "@/lib/domain/organisations/update-organisation";

export const createOrganisationAction = formAction(async (ctx, form) => {
  const organisation = await createOrganisation(ctx, formObject(form));
  revalidatePath("/admin/organisations");
  const t = await getTranslations("AdminOrganisations");
  return {
    message: t("created", { name: organisation.name }),
    result: { organisationId: organisation.id, name: organisation.name },
  };
});

export const updateOrganisationAction = formAction(async (ctx, form) => {
  const organisation = await updateOrganisation(ctx, formObject(form));
  revalidatePath("/admin/organisations");
  revalidatePath(`/admin/organisations/${organisation.id}`);
  return { message: (await getTranslations("AdminOrganisations"))("saved") };
});

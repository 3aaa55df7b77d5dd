"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { createUser } from "@/lib/domain/users/create-user";
import { resetUserPassword } from "@/lib/domain/users/reset-user-password";
import { setUserDisabled } from "@/lib/domain/users/set-user-disabled";
import { updateUser } from "@/lib/domain/users/update-user";

export const createUserAction = formAction(async (ctx, form) => {
  const { user, temporaryPassword } = await createUser(ctx, formObject(form));
  revalidatePath("/admin/users");
  const t = await getTranslations("AdminUsers");
  return {
    message: t("created", { email: user.email }),
    result: { userId: user.id, name: user.name, temporaryPassword },
  };
});

export const updateUserAction = formAction(async (ctx, form) => {
  const user = await updateUser(ctx, formObject(form));
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${user.id}`);
  return { message: (await getTranslations("AdminUsers"))("saved") };
});

export const setUserDisabledAction = formAction(async (ctx, form) => {
  const { user, revokedTokens } = await setUserDisabled(ctx, formObject(form));
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${user.id}`);
  const t = await getTranslations("AdminUsers");
  return { message: user.disabled ? t("disabled", { count: revokedTokens }) : t("enabled") };
});

export const resetUserPasswordAction = formAction(async (ctx, form) => {
  const { user, temporaryPassword } = await resetUserPassword(ctx, formObject(form));
  const t = await getTranslations("AdminUsers");
  return { message: t("resetDone", { email: user.email }), result: { temporaryPassword } };
});

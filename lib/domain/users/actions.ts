"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { deliverPasswordLink } from "@/lib/domain/accounts/deliver-password-link";
import { createUser } from "@/lib/domain/users/create-user";
import { resetUserPassword } from "@/lib/domain/users/reset-user-password";
import { setUserDisabled } from "@/lib/domain/users/set-user-disabled";
import { updateUser } from "@/lib/domain/users/update-user";

/** "2026-12-07 14:05" (UTC): read the same way in every language, as the administrator passes it on with the link. */
const utc = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

export const createUserAction = formAction(async (ctx, form) => {
  const { user, invitation } = await createUser(ctx, formObject(form));
  revalidatePath("/admin/users");
  const t = await getTranslations("AdminUsers");
  const delivered = await deliverPasswordLink(invitation, user);
  const values = { email: user.email, expiresAt: utc(delivered.expiresAt) };
  const result: Record<string, string> = { userId: user.id, name: user.name };
  if (delivered.emailed) return { message: t("invitationEmailed", values), result };
  // Shown once, to be passed on: the only copy of the token outside the person's hands.
  return {
    message: t(delivered.emailError ? "emailFailed" : "invitationShown", values),
    result: { ...result, link: delivered.url },
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
  const { user, link } = await resetUserPassword(ctx, formObject(form));
  const t = await getTranslations("AdminUsers");
  const delivered = await deliverPasswordLink(link, user);
  const values = { email: user.email, expiresAt: utc(delivered.expiresAt) };
  if (delivered.emailed) return { message: t("resetEmailed", values) };
  return { message: t(delivered.emailError ? "emailFailed" : "resetShown", values), result: { link: delivered.url } };
});

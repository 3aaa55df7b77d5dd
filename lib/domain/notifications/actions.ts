"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { problem } from "@/lib/platform/i18n/problem";
import { markAllNotificationsRead } from "@/lib/domain/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";
import { setNotificationPreferences } from "@/lib/domain/notifications/set-notification-preferences";

export const markNotificationReadAction = formAction(async (ctx, form) => {
  await markNotificationRead(ctx, String(form.get("id") ?? ""));
  revalidatePath("/notifications");
  return { message: (await getTranslations("Notifications"))("markedRead") };
});

export const markAllNotificationsReadAction = formAction(async (ctx) => {
  const count = await markAllNotificationsRead(ctx);
  revalidatePath("/notifications");
  return { message: (await getTranslations("Notifications"))("markedAllRead", { count }) };
});

export const saveNotificationPreferencesAction = formAction(async ({ actor }, form) => {
  await setNotificationPreferences(actor, formObject(form));
  revalidatePath("/account");
  return { message: problem("NotificationProblem.preferencesSaved") };
});

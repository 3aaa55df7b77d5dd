"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/platform/actions/form-action";
import { markAllNotificationsRead } from "@/lib/domain/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";

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

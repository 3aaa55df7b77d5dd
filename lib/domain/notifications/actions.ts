"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/platform/actions/form-action";
import { markAllRead, markRead } from "@/lib/domain/notifications/notifications";

export const markNotificationReadAction = formAction(async (ctx, form) => {
  await markRead(ctx, String(form.get("id") ?? ""));
  revalidatePath("/notifications");
  return { message: (await getTranslations("Notifications"))("markedRead") };
});

export const markAllNotificationsReadAction = formAction(async (ctx) => {
  const count = await markAllRead(ctx);
  revalidatePath("/notifications");
  return { message: (await getTranslations("Notifications"))("markedAllRead", { count }) };
});

"use server";

import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { getTranslations } from "@/lib/platform/i18n/server";
import { clientIp } from "@/lib/platform/auth/request-context";
import { env } from "@/lib/platform/env";
import { consumeRateLimit } from "@/lib/platform/rate-limit/rate-limit";
import { AppError } from "@/lib/platform/errors/app-error";
import { logger } from "@/lib/platform/log";
import { formObject, publicFormAction } from "@/lib/platform/actions/form-action";
import { LINK_COOKIE, LINK_COOKIE_PATH } from "./link-cookie";
import { requestPasswordReset } from "./request-password-reset";
import { usePasswordLink } from "./use-password-link";
import { problem } from "@/lib/platform/i18n/problem";

async function callerAddress() {
  const bag = await headers();
  return clientIp(bag.get("x-forwarded-for"), bag.get("x-real-ip"));
}

/** "Forgot your password?": the same answer whether or not the address has an account; the email goes out after the response. */
export const forgotPasswordAction = publicFormAction(async (form, requestId) => {
  const config = env();
  await requestPasswordReset(formObject(form), { ip: await callerAddress(), requestId, mailConfigured: Boolean(config.SMTP_URL) }, (task) =>
    after(() => task().catch((error: unknown) => logger.error({ err: error instanceof Error ? { message: error.message } : String(error), requestId }, "password reset email failed"))),
  );
  const t = await getTranslations("ForgotPassword");
  return { message: config.SMTP_URL ? t("sent", { hours: config.PASSWORD_LINK_HOURS }) : t("noEmail") };
});

/** Guessing tokens from one address is pointless (256 bits), but each try is audited: keep the trail from being flooded. */
const SET_PASSWORD_PER_ADDRESS = { points: 20, durationSeconds: 15 * 60 };

export const setPasswordAction = publicFormAction(async (form, requestId) => {
  const limit = await consumeRateLimit("set-password:address", SET_PASSWORD_PER_ADDRESS, await callerAddress());
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    throw new AppError("RATE_LIMITED", problem("AccountProblem.tooManyAttempts", { minutes }), { retryAfter: limit.retryAfterSeconds });
  }
  const { email } = await usePasswordLink(formObject(form), requestId);
  (await cookies()).delete({ name: LINK_COOKIE, path: LINK_COOKIE_PATH });
  return { message: (await getTranslations("SetPassword"))("signingIn"), result: { email } };
});

import "server-only";
import { AppError } from "@/lib/platform/errors/app-error";
import { consumeRateLimit, type RateLimitRule } from "@/lib/platform/rate-limit/rate-limit";
import { ZForgotPassword } from "./schemas";
import { sendPasswordReset } from "./send-password-reset";
import { problem } from "@/lib/platform/i18n/problem";

/** Per network address: an office behind one address may have several people who forgot. */
export const RESET_PER_ADDRESS: RateLimitRule = { points: 10, durationSeconds: 60 * 60 };
/** Per email address: enough for a lost email or two, too few to flood someone's inbox. */
export const RESET_PER_EMAIL: RateLimitRule = { points: 3, durationSeconds: 60 * 60 };

export type ResetRequest = { ip: string; requestId: string; mailConfigured: boolean };

/**
 * "Forgot your password?": counts the request against the per-address and per-email limits, then
 * hands the lookup and the email to `later` (after the response, or the background queue), so that
 * the answer, and the time it takes, is the same whether or not an account has this address. Over
 * a limit: RATE_LIMITED, also whether or not the account exists.
 */
export async function requestPasswordReset(input: unknown, request: ResetRequest, later: (task: () => Promise<unknown>) => void): Promise<void> {
  const { email } = ZForgotPassword.parse(input);
  const limits = [await consumeRateLimit("password-reset:address", RESET_PER_ADDRESS, request.ip), await consumeRateLimit("password-reset:email", RESET_PER_EMAIL, email)];
  const refused = limits.filter((limit) => !limit.allowed);
  if (refused.length) {
    const retryAfter = Math.max(...refused.map((limit) => (limit.allowed ? 0 : limit.retryAfterSeconds)));
    const minutes = Math.ceil(retryAfter / 60);
    throw new AppError("RATE_LIMITED", problem("AccountProblem.tooManyResets", { minutes }), { retryAfter });
  }
  if (!request.mailConfigured) return;
  later(() => sendPasswordReset(email, request.requestId));
}

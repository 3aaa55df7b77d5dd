import "server-only";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { logger } from "@/lib/platform/log";
import { deliverPasswordLink, type DeliveryOptions } from "./deliver-password-link";
import { issuePasswordLink } from "./issue-password-link";

export type ResetOutcome = "emailed" | "no-account" | "account-disabled" | "not-sent";

/**
 * The work behind "Forgot your password?", done after the person got their answer: issues a reset
 * link for the account with this email (a new invitation when it never had a password) and emails
 * it. No account: nothing is sent. A disabled account gets no email, and the refusal is audited.
 */
export async function sendPasswordReset(email: string, requestId: string, options: DeliveryOptions = {}): Promise<ResetOutcome> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, disabled: true, passwordHash: true } });
  if (!user) return "no-account";
  const ctx = { actor: null, requestId };
  if (user.disabled) {
    await db().$transaction((tx) =>
      recordAuditEvent(tx, ctx, { action: "user.password-reset-refused", entityType: "User", entityId: user.id, after: { reason: "account-disabled" } }),
    );
    return "account-disabled";
  }
  const link = await db().$transaction((tx) => issuePasswordLink(tx, ctx, { userId: user.id, purpose: user.passwordHash ? "PASSWORD_RESET" : "INVITATION" }));
  const delivered = await deliverPasswordLink(link, user, options);
  if (!delivered.emailed) logger.warn({ requestId, userId: user.id }, "password reset asked for, but no email could be sent");
  return delivered.emailed ? "emailed" : "not-sent";
}

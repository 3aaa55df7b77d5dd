import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZResetUserPassword } from "@/lib/domain/users/schemas";
import { issuePasswordLink } from "@/lib/domain/accounts/issue-password-link";
import { requireAccountManager, type SystemContext } from "@/lib/domain/accounts/system-context";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Issues a single-use link for an account's owner to choose a new password, returned here once for
 * the caller to email or show; the account's older links stop working. An account that never had a
 * password gets a new invitation instead. The current password keeps working until the link is
 * used, so that a reset asked for by mistake locks nobody out; using it lifts the sign-in lockout.
 */
export async function resetUserPassword(ctx: ActionContext | SystemContext, input: unknown) {
  requireAccountManager(ctx);
  const data = ZResetUserPassword.parse(input);

  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: data.id },
      // Selected explicitly, past the client's default omission, only to tell an invitation from a reset.
      select: { id: true, email: true, name: true, disabled: true, passwordHash: true },
    });
    if (!user) throw new AppError("NOT_FOUND", problem("UserProblem.notFound"));
    if (user.disabled) throw new AppError("CONFLICT", problem("UserProblem.accountDisabled", { email: user.email }));
    const purpose = user.passwordHash ? "PASSWORD_RESET" : "INVITATION";
    const link = await issuePasswordLink(tx, ctx, { userId: user.id, purpose });
    return { user: { id: user.id, email: user.email, name: user.name }, link };
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { hashPassword } from "@/lib/platform/auth/password";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZResetUserPassword } from "@/lib/domain/users/schemas";
import { generateTemporaryPassword } from "./temporary-password";

/**
 * Replaces an account's password with a new temporary one, returned here once, and lifts the
 * account's sign-in lockout so that the person can use it straight away.
 */
export async function resetUserPassword(ctx: ActionContext, input: unknown) {
  requirePermission(ctx.actor, "user.manage");
  const data = ZResetUserPassword.parse(input);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);

  const user = await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.id }, select: { id: true, email: true, name: true } });
    if (!user) throw new AppError("NOT_FOUND", "This user does not exist (any more).");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    const { count } = await tx.signInThrottle.deleteMany({ where: { key: `account:${user.email}` } });
    await recordAuditEvent(tx, ctx, {
      action: "user.reset-password",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email, lockoutCleared: count > 0 },
    });
    return user;
  });
  return { user, temporaryPassword };
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { db, type DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { ZSetUserDisabled } from "@/lib/domain/users/schemas";
import { requireAccountManager, type SystemContext } from "@/lib/domain/accounts/system-context";
import { USER_SELECT, userAuditSnapshot } from "./user-shape";
import { assertAnotherActiveAdmin } from "./user-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Disables an account (it can no longer sign in, its sessions stop on the next request and its API
 * tokens are revoked) or enables it again. Nobody disables their own account or the last active
 * administrator.
 */
export async function setUserDisabled(ctx: ActionContext | SystemContext, input: unknown) {
  // Null for the command line, which has no account of its own to protect.
  const actor = requireAccountManager(ctx);
  const data = ZSetUserDisabled.parse(input);

  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.id }, select: USER_SELECT });
    if (!before) throw new AppError("NOT_FOUND", problem("UserProblem.notFound"));
    // Stale even when it would change nothing: the person must see the current account first.
    if (before.version !== data.version) throw staleRecord("user", data.version, before.version);
    if (before.disabled === data.disabled) return { user: before, revokedTokens: 0 };

    if (data.disabled) {
      if (before.id === actor?.id) throw new AppError("INVALID_INPUT", problem("UserProblem.disableSelf"));
      if (before.role === "ADMIN") await assertAnotherActiveAdmin(tx, before.id);
    }

    let revokedTokens = 0;
    const user = await updateVersioned(tx, ctx, {
      record: "user",
      before,
      version: data.version,
      write: async () => {
        const written = await tx.user.updateMany({ where: { id: data.id, version: data.version }, data: { disabled: data.disabled, version: { increment: 1 } } });
        if (written.count && data.disabled) revokedTokens = await revokeTokens(tx, data.id);
        return written;
      },
      read: () => tx.user.findUnique({ where: { id: data.id }, select: USER_SELECT }),
      audit: {
        action: data.disabled ? "user.disable" : "user.enable",
        entityType: "User",
        entityId: data.id,
        as: (row, when) => ({ ...userAuditSnapshot(row), ...(when === "after" && data.disabled && { revokedTokens }) }),
      },
    });
    return { user, revokedTokens };
  });
}

/** A disabled account's API tokens stop working with it; returns how many were still live. */
async function revokeTokens(tx: DbTx, userId: string) {
  const { count } = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

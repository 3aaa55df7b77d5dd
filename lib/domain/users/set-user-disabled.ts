import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZSetUserDisabled } from "@/lib/domain/users/schemas";
import { STALE_USER_MESSAGE, USER_SELECT, userAuditSnapshot } from "./user-shape";
import { assertAnotherActiveAdmin } from "./user-rules";

/**
 * Disables an account (it can no longer sign in, its sessions stop on the next request and its API
 * tokens are revoked) or enables it again. Nobody disables their own account or the last active
 * administrator.
 */
export async function setUserDisabled(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "user.manage");
  const data = ZSetUserDisabled.parse(input);

  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.id }, select: USER_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This user does not exist (any more).");
    if (before.version !== data.version) throw new AppError("STALE_VERSION", STALE_USER_MESSAGE);
    if (before.disabled === data.disabled) return { user: before, revokedTokens: 0 };

    if (data.disabled) {
      if (before.id === actor.id) throw new AppError("INVALID_INPUT", "You cannot disable your own account.");
      if (before.role === "ADMIN") await assertAnotherActiveAdmin(tx, before.id);
    }

    const { count } = await tx.user.updateMany({
      where: { id: data.id, version: data.version },
      data: { disabled: data.disabled, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("STALE_VERSION", STALE_USER_MESSAGE);

    const revokedTokens = data.disabled
      ? (await tx.apiToken.updateMany({ where: { userId: data.id, revokedAt: null }, data: { revokedAt: new Date() } })).count
      : 0;

    const after = await tx.user.findUniqueOrThrow({ where: { id: data.id }, select: USER_SELECT });
    await recordAuditEvent(tx, ctx, {
      action: data.disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: after.id,
      before: userAuditSnapshot(before),
      after: { ...userAuditSnapshot(after), ...(data.disabled && { revokedTokens }) },
    });
    return { user: after, revokedTokens };
  });
}

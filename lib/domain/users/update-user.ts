import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZUpdateUser } from "@/lib/domain/users/schemas";
import { STALE_USER_MESSAGE, USER_SELECT, userAuditSnapshot } from "./user-shape";
import { assertAnotherActiveAdmin, assertOrganisationFitsRole } from "./user-rules";

/**
 * Changes an account's name, role and organisation, provided nobody changed it since `version`.
 * An administrator cannot take away their own ADMIN role, and nobody can demote the last active one.
 */
export async function updateUser(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "user.manage");
  const data = ZUpdateUser.parse(input);

  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.id }, select: USER_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This user does not exist (any more).");
    if (before.version !== data.version) throw new AppError("STALE_VERSION", STALE_USER_MESSAGE);

    if (before.role === "ADMIN" && data.role !== "ADMIN") {
      if (before.id === actor.id) {
        throw new AppError("INVALID_INPUT", "You cannot remove your own administrator role.", {
          fieldErrors: { role: ["You cannot remove your own administrator role. Ask another administrator to do it."] },
        });
      }
      if (!before.disabled) await assertAnotherActiveAdmin(tx, before.id, "role");
    }
    await assertOrganisationFitsRole(tx, data.organisationId, data.role);

    const { count } = await tx.user.updateMany({
      where: { id: data.id, version: data.version },
      data: { name: data.name, role: data.role, organisationId: data.organisationId, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("STALE_VERSION", STALE_USER_MESSAGE);

    const after = await tx.user.findUniqueOrThrow({ where: { id: data.id }, select: USER_SELECT });
    await recordAuditEvent(tx, ctx, {
      action: "user.update",
      entityType: "User",
      entityId: after.id,
      before: userAuditSnapshot(before),
      after: userAuditSnapshot(after),
    });
    return after;
  });
}

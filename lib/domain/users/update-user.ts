import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { ZUpdateUser } from "@/lib/domain/users/schemas";
import { USER_SELECT, userAuditSnapshot } from "./user-shape";
import { assertAnotherActiveAdmin, assertOrganisationFitsRole } from "./user-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Changes an account's name, role and organisation, provided nobody changed it since `version`.
 * An administrator cannot take away their own ADMIN role, and nobody can demote the last active one.
 */
export async function updateUser(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "user.manage");
  const data = ZUpdateUser.parse(input);

  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.id }, select: USER_SELECT });
    if (!before) throw new AppError("NOT_FOUND", problem("UserProblem.notFound"));
    // A stale edit is refused before its content is judged: the person must see the current account first.
    if (before.version !== data.version) throw staleRecord("user", data.version, before.version);

    if (before.role === "ADMIN" && data.role !== "ADMIN") {
      if (before.id === actor.id) {
        throw new AppError("INVALID_INPUT", problem("UserProblem.demoteSelf"), {
          fieldErrors: { role: [problem("UserProblem.demoteSelfField")] },
        });
      }
      if (!before.disabled) await assertAnotherActiveAdmin(tx, before.id, "role");
    }
    await assertOrganisationFitsRole(tx, data.organisationId, data.role);

    return updateVersioned(tx, ctx, {
      record: "user",
      before,
      version: data.version,
      write: () =>
        tx.user.updateMany({
          where: { id: data.id, version: data.version },
          data: { name: data.name, role: data.role, organisationId: data.organisationId, version: { increment: 1 } },
        }),
      read: () => tx.user.findUnique({ where: { id: data.id }, select: USER_SELECT }),
      audit: { action: "user.update", entityType: "User", entityId: data.id, as: userAuditSnapshot },
    });
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { hashPassword } from "@/lib/platform/auth/password";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZCreateUser } from "@/lib/domain/users/schemas";
import { generateTemporaryPassword } from "./temporary-password";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { USER_SELECT, userAuditSnapshot } from "./user-shape";
import { assertOrganisationFitsRole } from "./user-rules";

const duplicateEmail = () =>
  new AppError("INVALID_INPUT", "Some fields need attention.", {
    fieldErrors: { email: ["An account with this email address already exists."] },
  });

/**
 * Creates an account with a temporary password, returned here once for the administrator to hand
 * over; only its argon2id hash is stored.
 */
export async function createUser(ctx: ActionContext, input: unknown) {
  requirePermission(ctx.actor, "user.manage");
  const data = ZCreateUser.parse(input);
  const temporaryPassword = generateTemporaryPassword();
  // Hashing takes a while; do it before the transaction holds a connection.
  const passwordHash = await hashPassword(temporaryPassword);

  try {
    const user = await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw duplicateEmail();
      await assertOrganisationFitsRole(tx, data.organisationId, data.role);
      const created = await tx.user.create({ data: { ...data, passwordHash }, select: USER_SELECT });
      await recordAuditEvent(tx, ctx, {
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        after: userAuditSnapshot(created),
      });
      return created;
    });
    return { user, temporaryPassword };
  } catch (error) {
    // Two administrators creating the same address at once: the second one loses at the database.
    if (uniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
}

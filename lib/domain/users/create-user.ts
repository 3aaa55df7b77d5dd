import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZCreateUser } from "@/lib/domain/users/schemas";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { issuePasswordLink } from "@/lib/domain/accounts/issue-password-link";
import { requireAccountManager, type SystemContext } from "@/lib/domain/accounts/system-context";
import { USER_SELECT, userAuditSnapshot } from "./user-shape";
import { assertOrganisationFitsRole } from "./user-rules";
import { problem } from "@/lib/platform/i18n/problem";

export const DUPLICATE_EMAIL = problem("UserProblem.duplicateEmail");

const duplicateEmail = () =>
  new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
    fieldErrors: { email: [DUPLICATE_EMAIL] },
  });

/**
 * Creates an account without a password, with an invitation: a single-use link for the person to
 * choose their own, returned here once (only its hash is stored) for the caller to email or show.
 * An administrator does it in the app; the command line does it as the system (the first
 * administrator of a new installation has nobody to invite them).
 */
export async function createUser(ctx: ActionContext | SystemContext, input: unknown) {
  requireAccountManager(ctx);
  const data = ZCreateUser.parse(input);

  try {
    return await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw duplicateEmail();
      await assertOrganisationFitsRole(tx, data.organisationId, data.role);
      const user = await tx.user.create({ data, select: USER_SELECT });
      await recordAuditEvent(tx, ctx, {
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: userAuditSnapshot(user),
      });
      const invitation = await issuePasswordLink(tx, ctx, { userId: user.id, purpose: "INVITATION" });
      return { user, invitation };
    });
  } catch (error) {
    // Two administrators creating the same address at once: the second one loses at the database.
    if (uniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
}

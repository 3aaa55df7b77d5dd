import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { Role } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Refuses an organisation that does not exist, and one without a country for a GOVERNMENT user:
 * such a user acts for their organisation's country and would otherwise act for none.
 */
export async function assertOrganisationFitsRole(tx: DbTx, organisationId: string, role: Role): Promise<void> {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { countryCode: true } });
  if (!organisation) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
      fieldErrors: { organisationId: [problem("UserProblem.organisationFromList")] },
    });
  }
  if (role === "GOVERNMENT" && !organisation.countryCode) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
      fieldErrors: {
        organisationId: [problem("UserProblem.governmentNeedsCountry")],
      },
    });
  }
}

/**
 * Refuses to take away the last active administrator (by demotion or by disabling). The active
 * administrators' rows are locked first, so two administrators demoting each other at the same
 * moment cannot both succeed: the second one waits and then counts again.
 */
export async function assertAnotherActiveAdmin(tx: DbTx, userId: string, field?: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND disabled = false ORDER BY id FOR UPDATE`;
  if (admins.some((admin) => admin.id !== userId)) return;
  const message = problem("UserProblem.lastAdministrator");
  throw new AppError("CONFLICT", message, field ? { fieldErrors: { [field]: [message] } } : {});
}

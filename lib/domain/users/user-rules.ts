import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { Role } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";

/**
 * Refuses an organisation that does not exist, and one without a country for a GOVERNMENT user:
 * such a user acts for their organisation's country and would otherwise act for none.
 */
export async function assertOrganisationFitsRole(tx: DbTx, organisationId: string, role: Role): Promise<void> {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { countryCode: true } });
  if (!organisation) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", {
      fieldErrors: { organisationId: ["Choose an organisation from the list."] },
    });
  }
  if (role === "GOVERNMENT" && !organisation.countryCode) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", {
      fieldErrors: {
        organisationId: ["A government user acts for their organisation's country, and this organisation has none. Choose another organisation or give this one a country first."],
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
  const message = "This is the last active administrator. Make another user an administrator first, so that someone can still manage the tracker.";
  throw new AppError("CONFLICT", message, field ? { fieldErrors: { [field]: [message] } } : {});
}

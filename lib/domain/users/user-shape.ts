import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";

/** What the admin pages show of an account: never the password hash. */
export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  organisationId: true,
  locale: true,
  disabled: true,
  lastSignInAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  organisation: { select: { id: true, name: true, acronym: true, countryCode: true, country: { select: { name: true } } } },
} satisfies Prisma.UserSelect;

export type AdminUser = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

/** The fields an audit event records for an account: what an administrator can change. */
export function userAuditSnapshot(user: Pick<AdminUser, "email" | "name" | "role" | "organisationId" | "disabled" | "version">) {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    disabled: user.disabled,
    version: user.version,
  };
}

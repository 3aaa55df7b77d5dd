import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";

/** What the admin pages show of an organisation. */
export const ORGANISATION_SELECT = {
  id: true,
  name: true,
  acronym: true,
  kind: true,
  countryCode: true,
  iatiIdentifier: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  country: { select: { name: true } },
  _count: { select: { users: true } },
} satisfies Prisma.OrganisationSelect;

export type AdminOrganisation = Prisma.OrganisationGetPayload<{ select: typeof ORGANISATION_SELECT }>;

/** The fields an audit event records for an organisation. */
export function organisationAuditSnapshot(organisation: Pick<AdminOrganisation, "name" | "acronym" | "kind" | "countryCode" | "iatiIdentifier" | "version">) {
  return {
    name: organisation.name,
    acronym: organisation.acronym,
    kind: organisation.kind,
    countryCode: organisation.countryCode,
    iatiIdentifier: organisation.iatiIdentifier,
    version: organisation.version,
  };
}

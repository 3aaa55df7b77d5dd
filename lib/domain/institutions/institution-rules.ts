import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { can, roleMay } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { InstitutionKind } from "@/lib/platform/db/generated/enums";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { AGREEMENT_PARTIES_SELECT } from "@/lib/domain/agreements/agreement-summary-select";
import type { TUpdateInstitution } from "@/lib/domain/agreements/schemas";
import { problem } from "@/lib/platform/i18n/problem";

const DUPLICATE_CONTACT_POINT = problem("InstitutionProblem.duplicateContactPoint");

type Candidate = { agreementId: string; kind: InstitutionKind; countryCode?: string; hostOrganisationId?: string };

/**
 * ADMIN manages every institution; a GOVERNMENT user only their own country's contact point, for
 * an agreement their country is party to. `parties` are the agreement's party countries.
 */
export function assertMayManageInstitution(actor: Actor | null, candidate: Candidate, parties: string[]) {
  if (actor && roleMay(actor.role, "institution.manage")) return;
  const ownContactPoint =
    candidate.kind === "CONTACT_POINT" &&
    actor?.countryCode != null &&
    candidate.countryCode === actor.countryCode &&
    can(actor, "contactPoint.manage", { countries: parties });
  if (!ownContactPoint) {
    throw new AppError("FORBIDDEN", problem("InstitutionProblem.manage"));
  }
}

/** The agreement's party countries, or a field error when there is no such agreement. */
export async function partiesOf(tx: DbTx, agreementId: string): Promise<string[]> {
  const agreement = await tx.agreement.findUnique({ where: { id: agreementId }, select: AGREEMENT_PARTIES_SELECT });
  if (!agreement) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { agreementId: [problem("InstitutionProblem.unknownAgreement")] } });
  }
  return agreement.parties.map((party) => party.countryCode);
}

/**
 * Every reason the institution cannot be saved as given: a country that is not a party, a second
 * contact point for the same party, an unknown hosting organisation. `id` is the one being edited.
 */
export async function assertInstitutionAcceptable(tx: DbTx, candidate: Candidate, parties: string[], id?: string) {
  const fieldErrors: FieldErrors = {};
  if (candidate.countryCode && !parties.includes(candidate.countryCode)) {
    fieldErrors.countryCode = [problem("InstitutionProblem.notAParty", { country: candidate.countryCode, parties: parties.join(", ") })];
  } else if (candidate.kind === "CONTACT_POINT" && candidate.countryCode) {
    const existing = await tx.institution.count({
      where: { agreementId: candidate.agreementId, kind: "CONTACT_POINT", countryCode: candidate.countryCode, ...(id && { id: { not: id } }) },
    });
    if (existing) fieldErrors.countryCode = [DUPLICATE_CONTACT_POINT];
  }
  if (candidate.hostOrganisationId) {
    const host = await tx.organisation.count({ where: { id: candidate.hostOrganisationId } });
    if (!host) fieldErrors.hostOrganisationId = [problem("InstitutionProblem.unknownHost")];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

/** The same refusal when the check lost a race and the partial unique index caught it. */
export function duplicateContactPointFromDatabase(error: unknown): AppError | null {
  if (!uniqueViolation(error)) return null;
  return new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { countryCode: [DUPLICATE_CONTACT_POINT] } });
}

export const INSTITUTION_SELECT = {
  id: true,
  agreementId: true,
  kind: true,
  name: true,
  countryCode: true,
  hostOrganisationId: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  address: true,
  website: true,
  mandate: true,
  version: true,
} as const;

/** The columns a form or an API body writes; absent optional values are cleared. */
export function institutionColumns(data: Omit<TUpdateInstitution, "version">) {
  return {
    kind: data.kind,
    name: data.name,
    countryCode: data.countryCode ?? null,
    hostOrganisationId: data.hostOrganisationId ?? null,
    contactName: data.contactName ?? null,
    contactEmail: data.contactEmail ?? null,
    contactPhone: data.contactPhone ?? null,
    address: data.address ?? null,
    website: data.website ?? null,
    mandate: data.mandate,
  };
}

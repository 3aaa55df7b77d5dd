import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import type { TCreateOrganisation } from "@/lib/domain/organisations/schemas";
import { problem } from "@/lib/platform/i18n/problem";

type Candidate = { name: string; countryCode?: string; iatiIdentifier?: string };

/**
 * Every reason the organisation cannot be saved as given, as field errors: an unknown country, a
 * name already used in that country (or without a country), an IATI identifier already taken.
 * `id` is the organisation being edited, which does not conflict with itself.
 */
export async function assertOrganisationAcceptable(tx: DbTx, candidate: Candidate, id?: string): Promise<void> {
  const notSelf = id ? { id: { not: id } } : {};
  // One after the other: a transaction's queries share one connection.
  const country = candidate.countryCode
    ? await tx.country.findUnique({ where: { code: candidate.countryCode }, select: { code: true } })
    : null;
  const sameName = await tx.organisation.findFirst({
    where: { ...notSelf, name: { equals: candidate.name, mode: "insensitive" }, countryCode: candidate.countryCode ?? null },
    select: { id: true },
  });
  const sameIati = candidate.iatiIdentifier
    ? await tx.organisation.findFirst({ where: { ...notSelf, iatiIdentifier: candidate.iatiIdentifier }, select: { id: true } })
    : null;
  const fieldErrors: FieldErrors = {};
  if (candidate.countryCode && !country) fieldErrors.countryCode = [problem("OrganisationProblem.unknownCountry")];
  if (sameName) fieldErrors.name = [duplicateNameMessage(candidate.countryCode)];
  if (sameIati) fieldErrors.iatiIdentifier = [DUPLICATE_IATI];
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

/** The same refusal when the check lost a race and the database's unique constraint caught it. */
export function duplicateFromDatabase(error: unknown, countryCode: string | undefined): AppError | null {
  const violation = uniqueViolation(error);
  if (!violation) return null;
  const fieldErrors: FieldErrors = violation.on.includes("iatiIdentifier")
    ? { iatiIdentifier: [DUPLICATE_IATI] }
    : { name: [duplicateNameMessage(countryCode)] };
  return new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

const DUPLICATE_IATI = problem("OrganisationProblem.duplicateIati");

function duplicateNameMessage(countryCode: string | undefined) {
  return countryCode
    ? problem("OrganisationProblem.duplicateNameInCountry")
    : problem("OrganisationProblem.duplicateNameNoCountry");
}

/** The stored columns of an organisation as given: an optional field left empty is cleared. */
export function organisationColumns(data: TCreateOrganisation) {
  return {
    name: data.name,
    acronym: data.acronym ?? null,
    kind: data.kind,
    countryCode: data.countryCode ?? null,
    iatiIdentifier: data.iatiIdentifier ?? null,
  };
}

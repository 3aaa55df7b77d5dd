import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { AGREEMENT_FIELDS_SELECT } from "./agreement-summary-select";
import { problem } from "@/lib/platform/i18n/problem";

const DUPLICATE_SHORT_NAME = problem("AgreementProblem.duplicateShortName");

/**
 * Every reason the agreement cannot be saved as given, as field errors: an unknown party, a short
 * name already taken. `id` is the agreement being edited, which does not conflict with itself.
 */
export async function assertAgreementAcceptable(tx: DbTx, candidate: { shortName: string; parties: string[] }, id?: string) {
  const fieldErrors: FieldErrors = {};
  const known = await tx.country.findMany({ where: { code: { in: candidate.parties } }, select: { code: true } });
  const unknown = candidate.parties.filter((code) => !known.some((country) => country.code === code));
  if (unknown.length) fieldErrors.parties = [problem("AgreementProblem.unknownParties", { codes: unknown.join(", ") })];
  const sameName = await tx.agreement.findFirst({
    where: { shortName: { equals: candidate.shortName, mode: "insensitive" }, ...(id && { id: { not: id } }) },
    select: { id: true },
  });
  if (sameName) fieldErrors.shortName = [DUPLICATE_SHORT_NAME];
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

/** The same refusal when the check lost a race and the unique constraint caught it. */
export function duplicateAgreementFromDatabase(error: unknown): AppError | null {
  if (!uniqueViolation(error)?.on.includes("shortName")) return null;
  return new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { shortName: [DUPLICATE_SHORT_NAME] } });
}

/** What the audit trail records of an agreement. */
export const AGREEMENT_AUDIT_SELECT = {
  ...AGREEMENT_FIELDS_SELECT,
  summary: true,
  website: true,
  language: true,
  translations: true,
  version: true,
  parties: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
} as const;

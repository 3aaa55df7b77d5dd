import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { can } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { LabourTopic } from "@/lib/platform/db/generated/enums";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { AGREEMENT_PARTIES_SELECT } from "@/lib/domain/agreements/agreement-summary-select";
import { problem } from "@/lib/platform/i18n/problem";

export const DUPLICATE_PROVISION = problem("ProvisionProblem.duplicate");

/** ADMIN, or a GOVERNMENT user of a party country, may write the agreement's provisions. */
export async function assertMayManageProvisions(tx: DbTx, actor: Actor | null, agreementId: string) {
  const agreement = await tx.agreement.findUnique({ where: { id: agreementId }, select: AGREEMENT_PARTIES_SELECT });
  if (!agreement) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { agreementId: [problem("ProvisionProblem.unknownAgreement")] } });
  }
  if (!can(actor, "provision.manage", { countries: agreement.parties.map((party) => party.countryCode) })) {
    throw new AppError("FORBIDDEN", problem("ProvisionProblem.manage"));
  }
}

export async function assertProvisionUnique(tx: DbTx, candidate: { agreementId: string; article: string; topic: LabourTopic }, id?: string) {
  const same = await tx.labourProvision.findFirst({
    where: {
      agreementId: candidate.agreementId,
      article: candidate.article,
      topic: candidate.topic,
      ...(id && { id: { not: id } }),
    },
    select: { id: true },
  });
  if (same) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { article: [DUPLICATE_PROVISION] } });
}

export function duplicateProvisionFromDatabase(error: unknown): AppError | null {
  if (!uniqueViolation(error)) return null;
  return new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { article: [DUPLICATE_PROVISION] } });
}

export const PROVISION_SELECT = {
  id: true,
  agreementId: true,
  article: true,
  category: true,
  topic: true,
  title: true,
  text: true,
  version: true,
} as const;

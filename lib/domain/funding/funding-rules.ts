import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/** The currency and organisations a budget or transaction names must exist. */
export async function assertReferences(tx: DbTx, data: { currencyCode: string; providerId?: string; receiverId?: string }) {
  const fieldErrors: FieldErrors = {};
  if (!(await tx.currency.count({ where: { code: data.currencyCode } }))) fieldErrors.currencyCode = [problem("ChoiceProblems.noCurrency")];
  for (const field of ["providerId", "receiverId"] as const) {
    const id = data[field];
    if (id && !(await tx.organisation.count({ where: { id } }))) fieldErrors[field] = [problem("ChoiceProblems.noOrganisation")];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

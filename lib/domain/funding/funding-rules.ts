import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";

/** The currency and organisations a budget or transaction names must exist. */
export async function assertReferences(tx: DbTx, data: { currencyCode: string; providerId?: string; receiverId?: string }) {
  const fieldErrors: FieldErrors = {};
  if (!(await tx.currency.count({ where: { code: data.currencyCode } }))) fieldErrors.currencyCode = ["There is no currency with this code. Choose one from the list."];
  for (const field of ["providerId", "receiverId"] as const) {
    const id = data[field];
    if (id && !(await tx.organisation.count({ where: { id } }))) fieldErrors[field] = ["There is no organisation with this id. Choose one from the list."];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors });
}

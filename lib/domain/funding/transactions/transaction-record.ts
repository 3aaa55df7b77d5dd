import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import type { TCreateTransaction } from "@/lib/domain/funding/schemas";
import { problem } from "@/lib/platform/i18n/problem";

// What the transaction operations (and the CSV import) share: the columns they return and store, and
// the transaction they change. Changes to a program's money are recorded on the program, so that its
// history shows them.

export const TRANSACTION_SELECT = {
  id: true,
  programId: true,
  type: true,
  date: true,
  amount: true,
  currencyCode: true,
  reference: true,
  description: true,
  version: true,
  provider: { select: { id: true, name: true } },
  receiver: { select: { id: true, name: true } },
} as const;

/** The columns a validated transaction is stored in. */
export function transactionColumns(data: TCreateTransaction) {
  return {
    type: data.type,
    date: data.date,
    amount: data.amount,
    currencyCode: data.currencyCode,
    providerId: data.providerId ?? null,
    receiverId: data.receiverId ?? null,
    reference: data.reference ?? null,
    description: data.description,
  };
}

/** One of the program's transactions, or 404. */
export async function loadTransaction(tx: DbTx, programId: string, id: string) {
  const transaction = await tx.transaction.findFirst({ where: { id, programId }, select: TRANSACTION_SELECT });
  if (!transaction) throw new AppError("NOT_FOUND", problem("FundingProblems.noTransaction"));
  return transaction;
}

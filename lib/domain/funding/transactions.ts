import "server-only";
import { assertKnownCursor, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { programActWhere, type Viewer } from "@/lib/platform/authz";
import { loadProgramForChange, loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import type { TransactionType } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZVersion } from "@/lib/domain/users/schemas";
import { ZCreateTransaction, ZUpdateTransaction, type TCreateTransaction } from "@/lib/domain/funding/schemas";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { assertReferences } from "./funding-rules";

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

/** The program's transactions the viewer may read, latest first, one page at a time. */
export async function listTransactions(viewer: Viewer, programId: string, filter: { type?: TransactionType }, { limit, cursor }: TPageQuery) {
  await loadProgramForRead(db(), viewer, programId);
  await assertKnownCursor(cursor, (id) => db().transaction.count({ where: { programId, id } }));
  const rows = await db().transaction.findMany({
    where: { programId, ...(filter.type && { type: filter.type }) },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: TRANSACTION_SELECT,
  });
  return toPage(rows, limit, (row) => row.id);
}

// Changes to a program's money are recorded on the program, so that its history shows them.

/** Records money that moved (or, for a commitment, will move) for a program; the change is audited. */
export async function createTransaction(ctx: ActionContext, programId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const data = ZCreateTransaction.parse(input);
    await assertReferences(tx, data);
    const created = await tx.transaction.create({ data: { programId, ...transactionColumns(data) }, select: TRANSACTION_SELECT });
    await recordAuditEvent(tx, ctx, { action: "transaction.create", entityType: "CooperationProgram", entityId: programId, after: { transaction: created } });
    return created;
  });
}

/** Changes a transaction, starting from the `version` the input carries. */
export async function updateTransaction(ctx: ActionContext, programId: string, id: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const before = await tx.transaction.findFirst({ where: { id, programId }, select: TRANSACTION_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This program has no transaction with this id.");
    const { version, ...data } = ZUpdateTransaction.parse(input);
    await assertReferences(tx, data);
    const { count } = await tx.transaction.updateMany({ where: { id, programId, version, program: programActWhere(actor) }, data: { ...transactionColumns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("transaction", version, before.version);
    const after = await tx.transaction.findUniqueOrThrow({ where: { id }, select: TRANSACTION_SELECT });
    await recordAuditEvent(tx, ctx, { action: "transaction.update", entityType: "CooperationProgram", entityId: programId, before: { transaction: before }, after: { transaction: after } });
    return after;
  });
}

/** Removes a transaction recorded in error, at the `version` the caller saw. */
export async function deleteTransaction(ctx: ActionContext, programId: string, id: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const seen = ZVersion.parse(version);
    const before = await tx.transaction.findFirst({ where: { id, programId }, select: TRANSACTION_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This program has no transaction with this id.");
    const { count } = await tx.transaction.deleteMany({ where: { id, programId, version: seen, program: programActWhere(actor) } });
    if (count === 0) throw staleRecord("transaction", seen, before.version);
    await recordAuditEvent(tx, ctx, { action: "transaction.delete", entityType: "CooperationProgram", entityId: programId, before: { transaction: before } });
  });
}

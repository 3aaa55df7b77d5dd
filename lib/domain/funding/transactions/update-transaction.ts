import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZUpdateTransaction } from "@/lib/domain/funding/schemas";
import { assertReferences } from "../funding-rules";
import { loadTransaction, TRANSACTION_SELECT, transactionColumns } from "./transaction-record";

/** Changes a transaction, starting from the `version` the input carries. */
export async function updateTransaction(ctx: ActionContext, programId: string, id: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const before = await loadTransaction(tx, programId, id);
    const { version, ...data } = ZUpdateTransaction.parse(input);
    await assertReferences(tx, data);
    return updateVersioned(tx, ctx, {
      record: "transaction",
      before,
      version,
      write: () =>
        tx.transaction.updateMany({ where: { id, programId, version, program: programActWhere(actor) }, data: { ...transactionColumns(data), version: { increment: 1 } } }),
      read: () => tx.transaction.findUnique({ where: { id }, select: TRANSACTION_SELECT }),
      audit: { action: "transaction.update", entityType: "CooperationProgram", entityId: programId, as: (transaction) => ({ transaction }) },
    });
  });
}

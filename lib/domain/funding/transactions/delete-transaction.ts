import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { loadTransaction, TRANSACTION_SELECT } from "./transaction-record";

/** Removes a transaction recorded in error, at the `version` the caller saw. */
export async function deleteTransaction(ctx: ActionContext, programId: string, id: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const seen = ZVersion.parse(version);
    const before = await loadTransaction(tx, programId, id);
    await deleteVersioned(tx, ctx, {
      record: "transaction",
      before,
      version: seen,
      remove: () => tx.transaction.deleteMany({ where: { id, programId, version: seen, program: programActWhere(actor) } }),
      read: () => tx.transaction.findUnique({ where: { id }, select: TRANSACTION_SELECT }),
      audit: { action: "transaction.delete", entityType: "CooperationProgram", entityId: programId, as: (transaction) => ({ transaction }) },
    });
  });
}

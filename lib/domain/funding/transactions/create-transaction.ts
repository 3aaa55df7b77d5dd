import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZCreateTransaction } from "@/lib/domain/funding/schemas";
import { assertReferences } from "../funding-rules";
import { TRANSACTION_SELECT, transactionColumns } from "./transaction-record";

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

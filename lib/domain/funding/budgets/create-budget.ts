import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZCreateBudget } from "@/lib/domain/funding/schemas";
import { assertReferences } from "../funding-rules";
import { BUDGET_SELECT, budgetColumns } from "./budget-record";

/** Adds a budget line to a program; the change is audited on the program. */
export async function createBudget(ctx: ActionContext, programId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const data = ZCreateBudget.parse(input);
    await assertReferences(tx, data);
    const created = await tx.budget.create({ data: { programId, ...budgetColumns(data) }, select: BUDGET_SELECT });
    await recordAuditEvent(tx, ctx, { action: "budget.create", entityType: "CooperationProgram", entityId: programId, after: { budget: created } });
    return created;
  });
}

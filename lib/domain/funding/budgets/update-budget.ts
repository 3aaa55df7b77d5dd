import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZUpdateBudget } from "@/lib/domain/funding/schemas";
import { assertReferences } from "../funding-rules";
import { BUDGET_SELECT, budgetColumns, loadBudget } from "./budget-record";

/** Changes a budget line, starting from the `version` the input carries. */
export async function updateBudget(ctx: ActionContext, programId: string, id: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const before = await loadBudget(tx, programId, id);
    const { version, ...data } = ZUpdateBudget.parse(input);
    await assertReferences(tx, data);
    return updateVersioned(tx, ctx, {
      record: "budgetLine",
      before,
      version,
      write: () => tx.budget.updateMany({ where: { id, programId, version, program: programActWhere(actor) }, data: { ...budgetColumns(data), version: { increment: 1 } } }),
      read: () => tx.budget.findUnique({ where: { id }, select: BUDGET_SELECT }),
      audit: { action: "budget.update", entityType: "CooperationProgram", entityId: programId, as: (budget) => ({ budget }) },
    });
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { ZVersion } from "@/lib/platform/validation";
import { BUDGET_SELECT, loadBudget } from "./budget-record";

/** Removes a budget line, at the `version` the caller saw. */
export async function deleteBudget(ctx: ActionContext, programId: string, id: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const seen = ZVersion.parse(version);
    const before = await loadBudget(tx, programId, id);
    await deleteVersioned(tx, ctx, {
      record: "budgetLine",
      before,
      version: seen,
      remove: () => tx.budget.deleteMany({ where: { id, programId, version: seen, program: programActWhere(actor) } }),
      read: () => tx.budget.findUnique({ where: { id }, select: BUDGET_SELECT }),
      audit: { action: "budget.delete", entityType: "CooperationProgram", entityId: programId, as: (budget) => ({ budget }) },
    });
  });
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { deleteVersioned, updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere, type Viewer } from "@/lib/platform/authz";
import { loadProgramForChange, loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZCreateBudget, ZUpdateBudget, type TCreateBudget } from "@/lib/domain/funding/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";
import { assertReferences } from "./funding-rules";

const BUDGET_SELECT = {
  id: true,
  programId: true,
  type: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  amount: true,
  currencyCode: true,
  valueDate: true,
  version: true,
} as const;

const columns = (data: TCreateBudget) => ({ ...data, valueDate: data.valueDate ?? data.periodStart });

/** The program's budget lines, in period order. */
export async function listBudgets(viewer: Viewer, programId: string) {
  await loadProgramForRead(db(), viewer, programId);
  return db().budget.findMany({ where: { programId }, orderBy: [{ periodStart: "asc" }, { id: "asc" }], select: BUDGET_SELECT });
}

export async function createBudget(ctx: ActionContext, programId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const data = ZCreateBudget.parse(input);
    await assertReferences(tx, data);
    const created = await tx.budget.create({ data: { programId, ...columns(data) }, select: BUDGET_SELECT });
    await recordAuditEvent(tx, ctx, { action: "budget.create", entityType: "CooperationProgram", entityId: programId, after: { budget: created } });
    return created;
  });
}

export async function updateBudget(ctx: ActionContext, programId: string, id: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const before = await tx.budget.findFirst({ where: { id, programId }, select: BUDGET_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This program has no budget line with this id.");
    const { version, ...data } = ZUpdateBudget.parse(input);
    await assertReferences(tx, data);
    return updateVersioned(tx, ctx, {
      record: "budget line",
      before,
      version,
      write: () => tx.budget.updateMany({ where: { id, programId, version, program: programActWhere(actor) }, data: { ...columns(data), version: { increment: 1 } } }),
      read: () => tx.budget.findUnique({ where: { id }, select: BUDGET_SELECT }),
      audit: { action: "budget.update", entityType: "CooperationProgram", entityId: programId, as: (budget) => ({ budget }) },
    });
  });
}

export async function deleteBudget(ctx: ActionContext, programId: string, id: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
    const seen = ZVersion.parse(version);
    const before = await tx.budget.findFirst({ where: { id, programId }, select: BUDGET_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This program has no budget line with this id.");
    await deleteVersioned(tx, ctx, {
      record: "budget line",
      before,
      version: seen,
      remove: () => tx.budget.deleteMany({ where: { id, programId, version: seen, program: programActWhere(actor) } }),
      read: () => tx.budget.findUnique({ where: { id }, select: BUDGET_SELECT }),
      audit: { action: "budget.delete", entityType: "CooperationProgram", entityId: programId, as: (budget) => ({ budget }) },
    });
  });
}

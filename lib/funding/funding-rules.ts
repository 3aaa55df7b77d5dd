import "server-only";
import type { ActionContext } from "@/lib/audit/action-context";
import { can } from "@/lib/authz";
import type { DbTx } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { loadEditable } from "@/lib/programs/update-program";

export type FinanceActor = NonNullable<ActionContext["actor"]>;

/** The acting user, who may manage money: an ADMIN, or a ministry for its country's programs. */
export function financeActor(ctx: ActionContext): FinanceActor {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Sign in to record budgets and transactions.");
  if (!can(ctx.actor, "finance.manage")) throw new AppError("FORBIDDEN", "Only administrators and ministry staff record a program's money.");
  return ctx.actor;
}

/** Loads the program for a change to its money: 404 outside what the actor may read, 403 outside what they may change. */
export function assertProgramEditable(tx: DbTx, actor: FinanceActor, programId: string) {
  return loadEditable(tx, actor, programId);
}

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

import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { BUDGET_SELECT } from "./budget-record";

/** The program's budget lines, in period order. */
export async function listBudgets(viewer: Viewer, programId: string) {
  await loadProgramForRead(db(), viewer, programId);
  return db().budget.findMany({ where: { programId }, orderBy: [{ periodStart: "asc" }, { id: "asc" }], select: BUDGET_SELECT });
}

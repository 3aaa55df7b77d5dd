import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { checkImportRows } from "./check-import-rows";
import { readCsv, refuse, type ImportPreview, type Upload } from "./import-file";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Reads a CSV of transactions for a program and reports every row as valid, warning (importable,
 * with something to check) or error (with the reason). Nothing is written.
 */
export async function previewTransactionImport(ctx: ActionContext, programId: string, file: Upload | null): Promise<ImportPreview> {
  requirePermission(ctx.actor, "finance.manage");
  if (!file) refuse(problem("ImportProblems.chooseFile"));
  await loadProgramForChange(db(), ctx.actor, programId, "finance.manage");
  const records = await readCsv(file);
  return db().$transaction((tx) => checkImportRows(tx, programId, records));
}

import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { TRANSACTION_SELECT, transactionColumns } from "../transactions/transaction-record";
import { checkImportRows } from "./check-import-rows";
import { chooseImportRows } from "./choose-import-rows";
import { readCsv, refuse, type Upload } from "./import-file";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Imports the rows of the file the user chose after seeing the preview: the rows ticked by number
 * (`lines`), or else the valid rows, and the rows with warnings when `withWarnings`. The file is
 * read and checked again, and all chosen rows are written in one transaction, or none; the answer
 * says how many were imported and how many of the file's rows were left out.
 */
export async function importTransactions(ctx: ActionContext, programId: string, file: Upload | null, choice: { withWarnings?: boolean; lines?: readonly unknown[] }) {
  requirePermission(ctx.actor, "finance.manage");
  if (!file) refuse(problem("ImportProblems.chooseFile"));
  const records = await readCsv(file);
  return db().$transaction(
    async (tx) => {
      await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
      const preview = await checkImportRows(tx, programId, records);
      const chosen = chooseImportRows(preview.rows, choice);
      if (chosen.length === 0) throw new AppError("INVALID_INPUT", problem("ImportProblems.nothingChosen"), { fieldErrors: { file: [problem("ImportProblems.noRow")] } });
      for (const row of chosen) {
        const created = await tx.transaction.create({
          data: { programId, ...transactionColumns(row.transaction!) },
          select: TRANSACTION_SELECT,
        });
        await recordAuditEvent(tx, ctx, { action: "transaction.import", entityType: "CooperationProgram", entityId: programId, after: { transaction: created, line: row.line, file: file.name } });
      }
      return { imported: chosen.length, skipped: preview.rows.length - chosen.length, counts: preview.counts };
    },
    { timeout: 60_000 },
  );
}

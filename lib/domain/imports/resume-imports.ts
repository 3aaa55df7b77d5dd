import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { problem } from "@/lib/platform/i18n/problem";
import { iatiText } from "@/lib/domain/iati/iati-text";
import { writeIatiImport } from "@/lib/domain/iati/import/confirm-iati-import";
import { readIatiImport } from "@/lib/domain/iati/import/preview-iati-import";
import { writeSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/confirm-spreadsheet-import";
import { readSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/preview-spreadsheet-import";
import type { StoredConfirmation } from "@/lib/domain/spreadsheet-import/import/view";
import { stalledImports, type ImportProgress, type ImportTable } from "./import-work";

/** An import resumed this many times without finishing is given up, with what it did so far. */
const MAX_RESUMES = 3;

/**
 * Resumes the imports (IATI files and spreadsheets) whose reading or writing stopped part-way (the
 * process doing it ended): the background worker runs this every minute. One that keeps stopping is
 * given up: a reading fails with the reason; a spreadsheet's writing ends with the programs not
 * written listed as such, an IATI file's (written all at once or not at all) goes back to its
 * preview. Returns how many were looked at.
 */
export async function resumeStalledImports(): Promise<number> {
  let seen = 0;
  for (const table of ["IatiImport", "SpreadsheetImport"] as const satisfies ImportTable[]) {
    for (const { id, status } of await stalledImports(table)) {
      seen += 1;
      const progress = await progressOf(table, id);
      const resumed = (progress.resumed ?? 0) + 1;
      if (resumed > MAX_RESUMES) {
        await giveUp(table, id, status);
        continue;
      }
      // Counted before the work starts, so that work that ends its process counts too.
      await setProgress(table, id, { ...progress, resumed });
      const requestId = `${table}:${id}`;
      if (table === "IatiImport") await (status === "READING" ? readIatiImport(id) : writeIatiImport(id, requestId));
      else await (status === "READING" ? readSpreadsheetImport(id) : writeSpreadsheetImport(id, requestId));
    }
  }
  return seen;
}

async function progressOf(table: ImportTable, id: string): Promise<ImportProgress> {
  const row = table === "IatiImport" ? await db().iatiImport.findUniqueOrThrow({ where: { id }, select: { progress: true } }) : await db().spreadsheetImport.findUniqueOrThrow({ where: { id }, select: { progress: true } });
  return row.progress as ImportProgress;
}

async function setProgress(table: ImportTable, id: string, progress: ImportProgress) {
  if (table === "IatiImport") await db().iatiImport.update({ where: { id }, data: { progress } });
  else await db().spreadsheetImport.update({ where: { id }, data: { progress } });
}

async function giveUp(table: ImportTable, id: string, status: "READING" | "CONFIRMING") {
  if (table === "IatiImport") {
    const stopped = iatiText("stopped");
    await db().iatiImport.update({ where: { id }, data: status === "READING" ? { status: "FAILED", failure: stopped } : { status: "PREVIEWED", failure: stopped, result: Prisma.DbNull, progress: {} } });
    return;
  }
  const stopped = problem("SpreadsheetImportProblems.stopped");
  if (status === "READING") {
    await db().spreadsheetImport.update({ where: { id }, data: { status: "FAILED", failure: stopped } });
    return;
  }
  const confirmation = (await db().spreadsheetImport.findUniqueOrThrow({ where: { id }, select: { result: true } })).result as unknown as StoredConfirmation | null;
  const done = new Set([...(confirmation?.created ?? []), ...(confirmation?.updated ?? []), ...(confirmation?.failed ?? []).map((entry) => entry.identifier)]);
  const failed = [...(confirmation?.failed ?? []), ...(confirmation?.chosen ?? []).filter((identifier) => !done.has(identifier)).map((identifier) => ({ identifier, message: stopped }))];
  await db().spreadsheetImport.update({
    where: { id },
    data: { status: "CONFIRMED", confirmedAt: new Date(), files: [], result: { created: confirmation?.created ?? [], updated: confirmation?.updated ?? [], failed } },
  });
}

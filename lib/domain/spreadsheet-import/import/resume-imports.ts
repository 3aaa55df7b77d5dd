import "server-only";
import { db } from "@/lib/platform/db";
import { problem } from "@/lib/platform/i18n/problem";
import { stalledImports } from "./claim";
import { writeSpreadsheetImport } from "./confirm-spreadsheet-import";
import { readSpreadsheetImport } from "./preview-spreadsheet-import";
import type { ImportProgress, StoredConfirmation } from "./view";

/** An import resumed this many times without finishing is given up, with what it did so far. */
const MAX_RESUMES = 3;

/**
 * Resumes the imports whose reading or writing stopped part-way (the process doing it ended): the
 * background worker runs this every minute. One that keeps stopping is given up: a reading fails
 * with the reason, a writing ends with the programs not written listed as such. Returns how many
 * were looked at.
 */
export async function resumeStalledImports(): Promise<number> {
  const stalled = await stalledImports();
  for (const { id, status } of stalled) {
    const row = await db().spreadsheetImport.findUniqueOrThrow({ where: { id }, select: { progress: true, result: true } });
    const progress = row.progress as ImportProgress & { resumed?: number };
    const resumed = (progress.resumed ?? 0) + 1;
    if (resumed > MAX_RESUMES) {
      await giveUp(id, status, row.result as unknown as StoredConfirmation | null);
      continue;
    }
    // Counted before the work starts, so that work that ends its process counts too.
    await db().spreadsheetImport.update({ where: { id }, data: { progress: { ...progress, resumed } } });
    if (status === "READING") await readSpreadsheetImport(id);
    else await writeSpreadsheetImport(id, `spreadsheet-import:${id}`);
  }
  return stalled.length;
}

async function giveUp(id: string, status: "READING" | "CONFIRMING", confirmation: StoredConfirmation | null) {
  const stopped = problem("SpreadsheetImportProblems.stopped");
  if (status === "READING") {
    await db().spreadsheetImport.update({ where: { id }, data: { status: "FAILED", failure: stopped } });
    return;
  }
  const done = new Set([...(confirmation?.created ?? []), ...(confirmation?.updated ?? []), ...(confirmation?.failed ?? []).map((entry) => entry.identifier)]);
  const failed = [...(confirmation?.failed ?? []), ...(confirmation?.chosen ?? []).filter((identifier) => !done.has(identifier)).map((identifier) => ({ identifier, message: stopped }))];
  await db().spreadsheetImport.update({
    where: { id },
    data: { status: "CONFIRMED", confirmedAt: new Date(), files: [], result: { created: confirmation?.created ?? [], updated: confirmation?.updated ?? [], failed } },
  });
}

import "server-only";
import { db } from "@/lib/platform/db";
import type { SpreadsheetImportStatus } from "@/lib/platform/db/generated/enums";
import type { ImportProgress } from "./view";

/** An import whose work has not moved on for this long is taken to have stopped (its process ended) and may be resumed. */
export const STALLED_AFTER_SECONDS = 120;

/**
 * Takes on the work of an import in `status`: true for the one process that may do it now — none is
 * doing it yet, or the one that was has not moved it on for STALLED_AFTER_SECONDS. Moving it on
 * (`progressed`) keeps the claim.
 */
export async function claimImport(id: string, status: SpreadsheetImportStatus): Promise<boolean> {
  const claimed = await db().$executeRaw`
    UPDATE "SpreadsheetImport" SET "progress" = jsonb_set("progress", '{at}', to_jsonb(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
    WHERE "id" = ${id} AND "status" = ${status}::"SpreadsheetImportStatus"
      AND ("progress"->>'at' IS NULL OR ("progress"->>'at')::timestamptz < now() - make_interval(secs => ${STALLED_AFTER_SECONDS}))`;
  return claimed === 1;
}

/** Stores how far the work has got, which also renews the claim on it. */
export async function progressed(id: string, progress: Omit<ImportProgress, "at">, data: { result?: object } = {}): Promise<void> {
  await db().spreadsheetImport.update({ where: { id }, data: { progress: { ...progress, at: new Date().toISOString() }, ...data } });
}

/** The imports whose work stopped part-way, to be resumed by the background worker. */
export async function stalledImports(): Promise<{ id: string; status: "READING" | "CONFIRMING" }[]> {
  return db().$queryRaw`
    SELECT "id", "status"::text AS "status" FROM "SpreadsheetImport"
    WHERE "status" IN ('READING', 'CONFIRMING')
      AND ("progress"->>'at' IS NULL OR ("progress"->>'at')::timestamptz < now() - make_interval(secs => ${STALLED_AFTER_SECONDS}))
    ORDER BY "createdAt" LIMIT 20`;
}

import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";

/** The tables of the imports whose reading and writing run in the background. */
export type ImportTable = "SpreadsheetImport" | "IatiImport";

/** Where reading or writing an import has got to: rows read, records checked or written, of how many. */
export type ImportProgress = { stage?: "reading" | "checking" | "writing"; done?: number; total?: number; /** When the work last moved on (ISO): a stalled import is resumed. */ at?: string; resumed?: number };

/** An import whose work has not moved on for this long is taken to have stopped (its process ended) and may be resumed. */
export const STALLED_AFTER_SECONDS = 120;

/** A table's name as SQL, from the two above only. */
const tableSql = (table: ImportTable) => Prisma.raw(table === "IatiImport" ? `"IatiImport"` : `"SpreadsheetImport"`);

/**
 * Takes on the work of an import in `status`: true for the one process that may do it now — none is
 * doing it yet, or the one that was has not moved it on for STALLED_AFTER_SECONDS. Moving it on
 * (`progressed`) keeps the claim.
 */
export async function claimImport(table: ImportTable, id: string, status: "READING" | "CONFIRMING"): Promise<boolean> {
  const claimed = await db().$executeRaw`
    UPDATE ${tableSql(table)} SET "progress" = jsonb_set("progress", '{at}', to_jsonb(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
    WHERE "id" = ${id} AND "status"::text = ${status}
      AND ("progress"->>'at' IS NULL OR ("progress"->>'at')::timestamptz < now() - make_interval(secs => ${STALLED_AFTER_SECONDS}))`;
  return claimed === 1;
}

/** Stores how far the work has got (and, for a write, what is written so far), which also renews the claim on it. */
export async function progressed(table: ImportTable, id: string, progress: Omit<ImportProgress, "at" | "resumed">, result?: object): Promise<void> {
  const stored = JSON.stringify({ ...progress, at: new Date().toISOString() });
  if (result === undefined) await db().$executeRaw`UPDATE ${tableSql(table)} SET "progress" = "progress" || ${stored}::jsonb WHERE "id" = ${id}`;
  else await db().$executeRaw`UPDATE ${tableSql(table)} SET "progress" = "progress" || ${stored}::jsonb, "result" = ${JSON.stringify(result)}::jsonb WHERE "id" = ${id}`;
}

/**
 * A pause for long synchronous work to await between its steps: it lets the event loop take a turn
 * at most every 50 ms (so that the process goes on serving other requests), and is nearly free
 * otherwise.
 */
export function takingTurns(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < 50) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/**
 * A reporter of progress for long work: `report(done, total)` may be called as often as wished; it
 * takes turns with other work (takingTurns) and stores at most one progress a second.
 */
export function progressReporter(table: ImportTable, id: string, stage: NonNullable<ImportProgress["stage"]>) {
  const pause = takingTurns();
  let stored = 0;
  return async (done: number, total: number) => {
    await pause();
    const now = performance.now();
    if (now - stored >= 1000 || done === total) {
      stored = now;
      await progressed(table, id, { stage, done, total });
    }
  };
}

/** The imports whose work stopped part-way, to be resumed by the background worker. */
export async function stalledImports(table: ImportTable): Promise<{ id: string; status: "READING" | "CONFIRMING" }[]> {
  return db().$queryRaw`
    SELECT "id", "status"::text AS "status" FROM ${tableSql(table)}
    WHERE "status"::text IN ('READING', 'CONFIRMING')
      AND ("progress"->>'at' IS NULL OR ("progress"->>'at')::timestamptz < now() - make_interval(secs => ${STALLED_AFTER_SECONDS}))
    ORDER BY "createdAt" LIMIT 20`;
}

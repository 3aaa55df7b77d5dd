import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { quoted, type AppTable } from "./app-tables";
import { BackupError } from "./backup-error";
import { tablePath, type TManifest } from "./manifest";

/**
 * Empties the app's tables, for a forced restore, inside the restore's transaction. The audit
 * trail's guard refuses TRUNCATE; a forced restore replaces the trail with the backup's, so the
 * guard (a trigger the app's own role owns) is set aside for this transaction only.
 */
export async function emptyTables(client: pg.ClientBase, tables: AppTable[]): Promise<void> {
  if (tables.length === 0) return;
  for (const table of tables) await client.query(`ALTER TABLE ${quoted(table.name)} DISABLE TRIGGER USER`);
  await client.query(`TRUNCATE ${tables.map((table) => quoted(table.name)).join(", ")}`);
  for (const table of tables) await client.query(`ALTER TABLE ${quoted(table.name)} ENABLE TRIGGER USER`);
}

/**
 * Loads each table's data with COPY, parents before children (the manifest's order), inside the
 * caller's transaction; foreign keys are checked as ever, and each table's row count must come out
 * as the manifest says.
 */
export async function loadTables(client: pg.ClientBase, manifest: TManifest, staging: string): Promise<void> {
  for (const table of manifest.tables) {
    const columns = table.columns.map(quoted).join(", ");
    const sink = client.query(copyFrom(`COPY ${quoted(table.name)} (${columns}) FROM STDIN`));
    await pipeline(fs.createReadStream(path.join(staging, tablePath(table.name))), sink);
    if (sink.rowCount !== table.rows) {
      throw new BackupError(`Table "${table.name}" loaded ${sink.rowCount} rows where the backup has ${table.rows}; nothing was restored.`);
    }
  }
}

/** Sets every sequence that numbers a column of the app's tables past the highest value restored. */
export async function resetSequences(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ sequence: string; table: string; column: string }>(`
    SELECT seq.oid::regclass::text AS sequence, t.relname AS table, a.attname AS column
    FROM pg_depend d
    JOIN pg_class seq ON seq.oid = d.objid AND seq.relkind = 'S'
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE d.deptype IN ('a', 'i') AND n.nspname = 'public'`);
  for (const row of rows) {
    await client.query(`SELECT setval($1::regclass, COALESCE(max(${quoted(row.column)}), 1), max(${quoted(row.column)}) IS NOT NULL) FROM ${quoted(row.table)}`, [row.sequence]);
  }
  return rows.length;
}

import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { FILE_REMOVAL_LOCK } from "@/lib/platform/storage/file-removal-lock";
import { appliedMigrations, appTables } from "./app-tables";
import type { DocumentFile } from "./copy-files-out";
import { copyTableOut } from "./copy-table-out";
import { tablePath, type TManifest } from "./manifest";

export type DatabaseExport = Pick<TManifest, "migrations" | "tables" | "postgresVersion"> & { documents: DocumentFile[] };

/**
 * Exports every table of the app from one snapshot: a REPEATABLE READ READ ONLY transaction sees
 * the database as it was at its first query, whatever is written meanwhile, so the tables agree
 * with each other. Before the snapshot it takes the file-removal lock shared (see
 * FILE_REMOVAL_LOCK) and keeps it: the caller copies the documents' files and then calls
 * `releaseFiles`. Documents uploaded after the snapshot are not in it, and their files are not copied.
 */
export async function exportDatabase(client: pg.ClientBase, dir: string): Promise<DatabaseExport> {
  await client.query("SELECT pg_advisory_lock_shared($1, $2)", [...FILE_REMOVAL_LOCK]);
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    const migrations = await appliedMigrations(client);
    const tables: TManifest["tables"] = [];
    fs.mkdirSync(path.join(dir, "tables"), { recursive: true });
    for (const table of await appTables(client)) {
      tables.push({ ...table, ...(await copyTableOut(client, table, path.join(dir, tablePath(table.name)))) });
    }
    const { rows: documents } = await client.query<DocumentFile>(
      `SELECT id AS "documentId", "storageKey" AS key, checksum FROM "Document" WHERE "storageKey" IS NOT NULL ORDER BY "storageKey"`,
    );
    await client.query("COMMIT");
    return { postgresVersion: version[0]!.server_version, migrations, tables, documents };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    await releaseFiles(client);
    throw error;
  }
}

/** Lets stored files be removed again, once the backup has copied them. */
export async function releaseFiles(client: pg.ClientBase): Promise<void> {
  await client.query("SELECT pg_advisory_unlock_shared($1, $2)", [...FILE_REMOVAL_LOCK]).catch(() => undefined);
}

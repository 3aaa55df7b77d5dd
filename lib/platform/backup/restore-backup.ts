import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, committedMigrations } from "@/lib/platform/db/migrate";
import type { FileStorage } from "@/lib/platform/storage/file-storage";
import { appliedMigrations, appTables, type AppTable } from "./app-tables";
import { extractArchive } from "./archive-file";
import { BackupError } from "./backup-error";
import { checkMigrations } from "./check-migrations";
import { emptyTables, loadTables, resetSequences } from "./load-tables";
import { filePath, type TManifest } from "./manifest";
import { clearPageCache } from "./page-cache-tables";
import { readManifest } from "./read-manifest";
import { describeContents, targetContents } from "./target-contents";
import { verifyArchive } from "./verify-archive";

type Options = { url: string; storage: FileStorage; file: string; force?: boolean; log?: (message: string) => void };

export type RestoreSummary = { manifest: TManifest; replaced: string | null };

/**
 * Restores an archive of `createBackup` into an empty database and upload store (or, with `force`,
 * over what they hold). The archive is checked whole first; the tables then load in one transaction
 * that commits only once every file is back in the store, so a failed restore leaves no half.
 */
export async function restoreBackup({ url, storage, file, force = false, log = () => undefined }: Options): Promise<RestoreSummary> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "lct-restore-"));
  try {
    await extractArchive(file, staging);
    const manifest = readManifest(file, staging);
    checkMigrations(manifest, committedMigrations());
    await verifyArchive(file, manifest, staging);
    log(`The archive is intact: ${manifest.tables.length} tables and ${manifest.files.length} files, made by version ${manifest.appVersion} on ${manifest.createdAt}.`);

    const applied = await applyMigrations(url);
    if (applied.length > 0) log(`Applied ${applied.length} migration(s) to the target database.`);
    const client = new pg.Client({ connectionString: url, application_name: "tracker restore" });
    await client.connect();
    try {
      const tables = await appTables(client);
      checkTarget(manifest, tables, await appliedMigrations(client));
      const existing = await targetContents(client, tables, storage);
      const replaced = existing.tables.length > 0 || existing.keys.length > 0 ? describeContents(existing, storage) : null;
      if (replaced && !force) {
        throw new BackupError(`The target is not empty: it holds ${replaced}. Restore into an empty database and upload store, or add --force to replace what they hold.`);
      }
      if (replaced) log(`--force: replacing ${replaced}.`);
      await load(client, { manifest, staging, storage, tables, log, existingKeys: new Set(existing.keys), replacing: replaced !== null });
      // Only now that the restore is committed do the files it replaced go.
      const restoredKeys = new Set(manifest.files.map((stored) => stored.key));
      for (const key of existing.keys) if (!restoredKeys.has(key)) await storage.remove(key);
      return { manifest, replaced };
    } finally {
      await client.end().catch(() => undefined);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function checkTarget(manifest: TManifest, tables: AppTable[], migrations: string[]) {
  const extra = migrations.filter((name) => !manifest.migrations.includes(name));
  if (extra.length > 0) {
    throw new BackupError(`The target database has migrations this version does not know (${extra.join(", ")}): it belongs to a newer version of the tracker. Restore into an empty database.`);
  }
  const byName = new Map(tables.map((table) => [table.name, table.columns.join(",")]));
  for (const table of manifest.tables) {
    if (byName.get(table.name) !== table.columns.join(",")) {
      throw new BackupError(`The target database's table "${table.name}" does not have the columns of the backup's; it is not this version's schema.`);
    }
  }
}

type Load = { manifest: TManifest; staging: string; storage: FileStorage; tables: AppTable[]; log: (message: string) => void; existingKeys: Set<string>; replacing: boolean };

async function load(client: pg.Client, { manifest, staging, storage, tables, log, existingKeys, replacing }: Load) {
  const written: string[] = [];
  await client.query("BEGIN");
  try {
    if (replacing) await emptyTables(client, tables);
    await loadTables(client, manifest, staging);
    log(`Loaded ${manifest.tables.length} tables; every row count matches the backup.`);
    await resetSequences(client);
    await clearPageCache(client);
    for (const stored of manifest.files) {
      await storage.restore(stored.key, fs.readFileSync(path.join(staging, filePath(stored.key))));
      written.push(stored.key);
    }
    log(`Restored ${manifest.files.length} files into ${storage.description}.`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    for (const key of written) if (!existingKeys.has(key)) await storage.remove(key).catch(() => undefined);
    throw error;
  }
}

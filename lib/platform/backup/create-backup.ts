import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "@/lib/platform/db/migrate";
import type { FileStorage } from "@/lib/platform/storage/file-storage";
import { checkOutputPath, writeArchive } from "./archive-file";
import { copyFilesOut } from "./copy-files-out";
import { exportDatabase, releaseFiles } from "./export-database";
import { ARCHIVE_FORMAT, FORMAT_VERSION, MANIFEST_PATH, type TManifest } from "./manifest";

type Options = { url: string; storage: FileStorage; out: string; warn?: (message: string) => void };

/**
 * Writes one archive holding the app's database and the documents' stored files, consistent with
 * each other, while the app keeps running: the tables come from one snapshot, and the files of
 * exactly the documents in that snapshot are copied before any of them may be removed.
 */
export async function createBackup({ url, storage, out, warn = () => undefined }: Options): Promise<TManifest> {
  checkOutputPath(out);
  // Staged beside the archive, on the disk the operator chose for it, not in a possibly small /tmp.
  const staging = fs.mkdtempSync(path.join(path.dirname(path.resolve(out)), ".backup-staging-"));
  const client = new pg.Client({ connectionString: url, application_name: "tracker backup" });
  try {
    await client.connect();
    const database = await exportDatabase(client, staging);
    let files: Awaited<ReturnType<typeof copyFilesOut>>;
    try {
      files = await copyFilesOut(storage, database.documents, staging, warn);
    } finally {
      await releaseFiles(client);
    }
    const manifest: TManifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion: appVersion(),
      createdAt: new Date().toISOString(),
      postgresVersion: database.postgresVersion,
      migrations: database.migrations,
      tables: database.tables,
      ...files,
    };
    fs.mkdirSync(path.join(staging, "files"), { recursive: true });
    fs.writeFileSync(path.join(staging, MANIFEST_PATH), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeArchive(staging, out);
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** This code's version, as package.json gives it. */
export function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

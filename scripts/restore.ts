// `npm run restore -- FILE [--force]`: restores an archive of `npm run backup` into an empty database
// and upload store (applying the migrations first when the database has none); --force replaces what
// they hold. Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR; the documents go to the
// configured storage (STORAGE, UPLOAD_DIR or S3_*). Stop the app before restoring. See docs/backup.md.
import { parseArgs } from "node:util";
import { BackupError } from "@/lib/platform/backup/backup-error";
import { preferRunningEmbedded } from "@/lib/platform/backup/running-embedded";
import { parseEnv, ZStorageEnv } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors/app-error";
import { allowServerOnlyModules } from "@/lib/platform/jobs/outside-next";
import { fail, launcherEnv, LaunchError, log, orFail, withDatabase } from "./cli";

allowServerOnlyModules();
const { createFileStorage } = await import("@/lib/platform/storage/file-storage");
const { restoreBackup } = await import("@/lib/platform/backup/restore-backup");

const USAGE = "Usage: npm run restore -- FILE [--force]";

function options(): { file: string; force: boolean } {
  try {
    const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new LaunchError(`Name the one backup file to restore. ${USAGE}`);
    return { file: positionals[0]!, force: values.force };
  } catch (error) {
    fail(error instanceof LaunchError ? error : new LaunchError(`${(error as Error).message}. ${USAGE}`));
  }
}

const { file, force } = options();
const env = launcherEnv();
const storage = orFail(() => createFileStorage(parseEnv(ZStorageEnv)));
preferRunningEmbedded(env);

await withDatabase(async ({ url }) => {
  const started = Date.now();
  try {
    const { manifest } = await restoreBackup({ url, storage, file, force, log: (message) => log.info(message) });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log.info(
      `Restored ${rows} rows in ${manifest.tables.length} tables and ${manifest.files.length} files from ${file} (made ${manifest.createdAt} by version ${manifest.appVersion}) in ${((Date.now() - started) / 1000).toFixed(1)} s; every table and file matched its checksum.`,
    );
    if (manifest.missingFiles.length > 0) log.warn(`${manifest.missingFiles.length} document file(s) were missing when the backup was made; those documents have no file.`);
  } catch (error) {
    if (error instanceof BackupError || error instanceof AppError) throw new LaunchError(error.message);
    throw error;
  }
});

// `npm run backup -- --out FILE`: one archive of the database and the uploaded documents, consistent
// with each other, taken while the app runs. Uses DATABASE_URL, or the embedded PostgreSQL under
// DATA_DIR (the app's running one, or started for the backup); the documents come from the
// configured storage (STORAGE, UPLOAD_DIR or S3_*). See docs/backup.md.
import { parseArgs } from "node:util";
import { BackupError } from "@/lib/platform/backup/backup-error";
import { hasEmbeddedDatabase, preferRunningEmbedded } from "@/lib/platform/backup/running-embedded";
import { parseEnv, ZStorageEnv } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors/app-error";
import { allowServerOnlyModules } from "@/lib/platform/jobs/outside-next";
import { fail, launcherEnv, LaunchError, log, orFail, withDatabase } from "./cli";

allowServerOnlyModules();
const { createFileStorage } = await import("@/lib/platform/storage/file-storage");
const { createBackup } = await import("@/lib/platform/backup/create-backup");

const USAGE = "Usage: npm run backup -- --out FILE (e.g. --out backups/tracker-2026-12-06.tar.gz)";

function outputPath(): string {
  try {
    const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
    if (!values.out) throw new LaunchError(`Say where to write the backup. ${USAGE}`);
    return values.out;
  } catch (error) {
    fail(error instanceof LaunchError ? error : new LaunchError(`${(error as Error).message}. ${USAGE}`));
  }
}

const out = outputPath();
const env = launcherEnv();
const storage = orFail(() => createFileStorage(parseEnv(ZStorageEnv)));
if (!env.DATABASE_URL && !hasEmbeddedDatabase(env.DATA_DIR)) {
  fail(new LaunchError(`There is no database to back up: no DATABASE_URL, and no embedded database under ${env.DATA_DIR}. Set DATABASE_URL, or DATA_DIR to the app's data folder.`));
}
preferRunningEmbedded(env);

await withDatabase(async ({ url }) => {
  const started = Date.now();
  try {
    const manifest = await createBackup({ url, storage, out, warn: (message) => log.warn(message) });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
    log.info(
      `Backed up ${rows} rows in ${manifest.tables.length} tables and ${manifest.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    if (manifest.missingFiles.length > 0) log.warn(`${manifest.missingFiles.length} document file(s) were already missing from ${storage.description} and are not in the backup.`);
  } catch (error) {
    if (error instanceof BackupError || error instanceof AppError) throw new LaunchError(error.message);
    throw error;
  }
});

import fs from "node:fs";
import path from "node:path";
import { BackupError } from "./backup-error";
import { hashFile } from "./hash-file";
import { filePath, tablePath, type TManifest } from "./manifest";

/**
 * Checks every table's data and every file of an unpacked archive against the SHA-256 and size the
 * manifest gives, before anything is written: a damaged archive is refused whole, naming what is wrong.
 */
export async function verifyArchive(file: string, manifest: TManifest, staging: string): Promise<void> {
  for (const table of manifest.tables) {
    await expectContent(path.join(staging, tablePath(table.name)), table.sha256, undefined, `the data of table "${table.name}"`, file);
  }
  for (const stored of manifest.files) {
    await expectContent(path.join(staging, filePath(stored.key)), stored.sha256, stored.size, `the stored file ${stored.key}`, file);
  }
}

async function expectContent(at: string, sha256: string, size: number | undefined, what: string, file: string) {
  if (!fs.existsSync(at)) throw new BackupError(`${file} is damaged: ${what} is missing from it.`);
  const actual = await hashFile(at);
  if (actual.sha256 !== sha256 || (size !== undefined && actual.bytes !== size)) {
    throw new BackupError(`${file} is damaged: ${what} does not match its checksum. Use another copy of the backup.`);
  }
}

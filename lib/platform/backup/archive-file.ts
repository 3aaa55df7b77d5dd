import fs from "node:fs";
import path from "node:path";
import * as tar from "tar";
import { BackupError } from "./backup-error";
import { MANIFEST_PATH } from "./manifest";

/** Refuses an output path that exists or cannot be written, before any work is done. */
export function checkOutputPath(out: string): void {
  if (fs.existsSync(out)) throw new BackupError(`${out} already exists. Choose a new file name, or remove the old file first.`);
  const dir = path.dirname(path.resolve(out));
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new BackupError(`Cannot write the backup to ${out}: ${fs.existsSync(dir) ? "the folder is not writable" : "the folder does not exist"}.`);
  }
}

/**
 * Packs the staged backup into one gzip-compressed tar archive at `out`: written under a temporary
 * name and renamed at the end, so that a file at `out` is always a complete archive.
 */
export async function writeArchive(staging: string, out: string): Promise<void> {
  const partial = `${out}.partial`;
  try {
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, [MANIFEST_PATH, "tables", "files"]);
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`Cannot write the backup to ${out}: ${(error as Error).message}`, { cause: error });
  }
}

/** Unpacks an archive into `staging`, refusing anything that is not a gzip-compressed tar file. */
export async function extractArchive(file: string, staging: string): Promise<void> {
  let head: Buffer;
  try {
    const handle = fs.openSync(file, "r");
    head = Buffer.alloc(2);
    fs.readSync(handle, head, 0, 2, 0);
    fs.closeSync(handle);
  } catch (error) {
    throw new BackupError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such file" : (error as Error).message}.`);
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) throw notABackup(file, "it is not a gzip-compressed tar archive");
  try {
    // Only plain files and folders are unpacked; tar itself keeps every path inside `staging`.
    await tar.extract({ file, cwd: staging, strict: true, filter: (_path, entry) => ["File", "Directory"].includes((entry as tar.ReadEntry).type) });
  } catch (error) {
    throw notABackup(file, `it cannot be unpacked (${(error as Error).message})`);
  }
}

export function notABackup(file: string, why: string): BackupError {
  return new BackupError(`${file} is not a backup made by \`npm run backup\`: ${why}.`);
}

import fs from "node:fs";
import path from "node:path";
import { notABackup } from "./archive-file";
import { BackupError } from "./backup-error";
import { ARCHIVE_FORMAT, FORMAT_VERSION, MANIFEST_PATH, ZManifest, type TManifest } from "./manifest";

/** The manifest of an archive unpacked into `staging`, or a clear refusal of what is not one of ours. */
export function readManifest(file: string, staging: string): TManifest {
  const manifestFile = path.join(staging, MANIFEST_PATH);
  if (!fs.existsSync(manifestFile)) throw notABackup(file, `it holds no ${MANIFEST_PATH}`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch {
    throw notABackup(file, `its ${MANIFEST_PATH} is not valid JSON`);
  }
  const { format, formatVersion } = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (format !== ARCHIVE_FORMAT) throw notABackup(file, `its ${MANIFEST_PATH} is not a tracker backup's`);
  if (typeof formatVersion === "number" && formatVersion > FORMAT_VERSION) {
    throw new BackupError(`${file} was made by a newer version of the tracker (archive format ${formatVersion}; this one reads ${FORMAT_VERSION}). Restore it with that version.`);
  }
  const parsed = ZManifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError(`${file} is damaged: its ${MANIFEST_PATH} has an invalid ${issue.path.join(".") || "content"} (${issue.message}).`);
  }
  return parsed.data;
}

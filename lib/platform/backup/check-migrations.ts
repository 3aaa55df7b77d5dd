import { BackupError } from "./backup-error";
import type { TManifest } from "./manifest";

/**
 * Refuses a backup whose schema is not this code's: its data loads only into the tables it was
 * taken from. An older backup is restored with the version that made it, then upgraded (starting
 * that version applies the newer migrations to the restored data).
 */
export function checkMigrations(manifest: TManifest, committed: string[]): void {
  const unknown = manifest.migrations.filter((name) => !committed.includes(name));
  const lacking = committed.filter((name) => !manifest.migrations.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `This backup was made by a newer version of the tracker (${manifest.appVersion}, with migrations this one does not have: ${unknown.join(", ")}). Restore it with version ${manifest.appVersion} or later.`,
    );
  }
  if (lacking.length > 0) {
    throw new BackupError(
      `This backup was made by an older version of the tracker (${manifest.appVersion}, up to migration ${manifest.migrations.at(-1) ?? "none"}). Restore it with version ${manifest.appVersion}, then upgrade to this version, which applies the ${lacking.length} newer migration(s) to the restored data.`,
    );
  }
}

import fs from "node:fs";
import path from "node:path";
import { EMBEDDED_DATABASE } from "@/lib/platform/db/embedded";

/**
 * The address of the embedded PostgreSQL under `dataDir` when the app is running it, so that a
 * backup can be taken while the app serves (a second server cannot start on the same files).
 * Null when it is not running: the scripts then start it themselves.
 */
export function runningEmbeddedUrl(dataDir: string): string | null {
  const root = path.resolve(dataDir);
  try {
    // postmaster.pid: the server's pid on line 1, its port on line 4.
    const lines = fs.readFileSync(path.join(root, "postgres", "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || !Number.isInteger(port) || !alive(pid)) return null;
    const password = fs.readFileSync(path.join(root, "postgres-password"), "utf8").trim();
    return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Points the scripts at the app's running embedded PostgreSQL when there is no DATABASE_URL, by
 * setting DATABASE_URL for this process only.
 */
export function preferRunningEmbedded(env: { DATABASE_URL?: string; DATA_DIR: string }): void {
  if (env.DATABASE_URL) return;
  const url = runningEmbeddedUrl(env.DATA_DIR);
  if (url) process.env.DATABASE_URL = url;
}

/** Whether DATA_DIR holds an embedded database (running or not). */
export function hasEmbeddedDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(path.resolve(dataDir), "postgres", "PG_VERSION"));
}

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { DatabaseSetupError } from "./errors";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

/** The committed migrations, oldest first. */
export function committedMigrations(): string[] {
  if (!fs.existsSync(MIGRATIONS_DIR)) return [];
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Committed migrations the database at `url` has not applied yet. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: table } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    if (!table[0]?.exists) return committedMigrations();
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return committedMigrations().filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/** Runs a Prisma CLI command against `url`, resolving with its standard output. */
export function runPrisma(args: string[], url: string): Promise<string> {
  const cli = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new DatabaseSetupError(`prisma ${args.join(" ")} failed:\n${(stdout + stderr).trim()}`)),
    );
  });
}

/**
 * The session-level advisory lock instances take while they migrate. Not Prisma's own (72707369):
 * `migrate deploy` takes that one itself, with a 10-second timeout that a second instance waiting
 * behind an 11-second migration would hit.
 */
export const MIGRATION_LOCK_KEY = 7_263_201;

/**
 * Applies pending migrations; does nothing (and costs nothing) when the database is current.
 * Instances that start together on one database migrate it once: the first takes an advisory lock,
 * the others wait for it and then find nothing left to apply. Returns what this call applied.
 */
export async function applyMigrations(url: string): Promise<string[]> {
  if ((await pendingMigrations(url)).length === 0) return [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    // Another instance may have applied them while this one waited.
    const pending = await pendingMigrations(url);
    if (pending.length > 0) await runPrisma(["migrate", "deploy"], url);
    return pending;
  } finally {
    // Closing the session releases the lock too, should the unlock fail.
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

// Writes a new migration offline: the SQL that takes the schema of the latest migration (kept as a
// snapshot beside it) to the current prisma/schema.prisma. Usage: npm run db:migration -- <name>
import fs from "node:fs";
import path from "node:path";
import { committedMigrations, MIGRATIONS_DIR, PROJECT_ROOT, runPrisma } from "@/lib/platform/db/migrate";
import { fail, log, withDatabase } from "./cli";

const name = process.argv[2] ?? "";
if (!/^[a-z][a-z0-9_]{0,60}$/.test(name)) {
  log.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores, e.g. add_exchange_rates)");
  process.exit(1);
}

const schema = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
const latest = committedMigrations().at(-1);
const snapshot = latest && path.join(MIGRATIONS_DIR, latest, "schema.prisma");
if (latest && !fs.existsSync(snapshot!)) fail(new Error(`${latest} has no schema.prisma snapshot to diff from.`));

// `migrate diff` needs a reachable database even when it compares two schema files.
await withDatabase(async ({ url }) => {
  const from = snapshot ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = await runPrisma(["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], url);
  if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
    log.info("prisma/schema.prisma has no changes since the latest migration; nothing written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.copyFileSync(schema, path.join(dir, "schema.prisma"));
  fs.writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  log.info(`Wrote ${path.relative(PROJECT_ROOT, dir)}/migration.sql: review it, then npm run db:migrate.`);
});

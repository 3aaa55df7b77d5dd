import type pg from "pg";
import { BackupError } from "./backup-error";
import { PAGE_CACHE_TABLES } from "./page-cache-tables";

export type AppTable = { name: string; columns: string[] };

/**
 * The app's tables (schema `public`, without Prisma's migration table and the page cache's) with their stored columns,
 * parents before the tables whose foreign keys refer to them, so that they load in this order.
 */
export async function appTables(client: pg.ClientBase): Promise<AppTable[]> {
  const { rows: tables } = await client.query<AppTable>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' AND NOT c.relname = ANY($1::text[])
    GROUP BY c.relname
    ORDER BY c.relname`,
    [PAGE_CACHE_TABLES],
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(`
    SELECT child.relname AS child, parent.relname AS parent
    FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid
    JOIN pg_class parent ON parent.oid = k.confrelid
    WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND child.oid <> parent.oid`);
  return parentsFirst(tables, references);
}

function parentsFirst(tables: AppTable[], references: { child: string; parent: string }[]): AppTable[] {
  const ordered: AppTable[] = [];
  const placed = new Set<string>();
  let remaining = tables;
  while (remaining.length > 0) {
    const ready = remaining.filter((table) => references.every((ref) => ref.child !== table.name || placed.has(ref.parent)));
    if (ready.length === 0) {
      throw new BackupError(`The tables ${remaining.map((table) => table.name).join(", ")} refer to each other in a cycle; they cannot be loaded one after another.`);
    }
    for (const table of ready) placed.add(table.name);
    ordered.push(...ready);
    remaining = remaining.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

/** The migrations applied to the database, oldest first; none when Prisma's table is missing. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows: exists } = await client.query<{ found: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS found");
  if (!exists[0]?.found) return [];
  const { rows } = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.map((row) => row.migration_name);
}

/** A quoted identifier, for the names read from the catalog or a checked manifest. */
export function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

import type pg from "pg";
import type { FileStorage } from "@/lib/platform/storage/file-storage";
import { quoted, type AppTable } from "./app-tables";

export type TargetContents = {
  /** Tables holding rows, with how many. */
  tables: { name: string; rows: number }[];
  /** The keys in the upload store. */
  keys: string[];
};

/** What the database and the upload store hold already: a restore writes only into empty ones, unless forced. */
export async function targetContents(client: pg.ClientBase, tables: AppTable[], storage: FileStorage): Promise<TargetContents> {
  const filled: TargetContents["tables"] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM ${quoted(table.name)}`);
    if (rows[0]!.rows > 0) filled.push({ name: table.name, rows: rows[0]!.rows });
  }
  const keys: string[] = [];
  for await (const key of storage.keys()) keys.push(key);
  return { tables: filled, keys };
}

/** "12 rows in 3 tables (Organisation 5, User 4, …) and 2 files in the directory …", for messages. */
export function describeContents(contents: TargetContents, storage: FileStorage): string {
  const rows = contents.tables.reduce((sum, table) => sum + table.rows, 0);
  const list = contents.tables.map((table) => `${table.name} ${table.rows}`).join(", ");
  const database = rows > 0 ? `${rows} rows in ${contents.tables.length} tables (${list})` : "no rows";
  return `${database} in the database and ${contents.keys.length} files in ${storage.description}`;
}

import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { quoted, type AppTable } from "./app-tables";
import { hashingStream } from "./hash-file";

/**
 * Writes a table's rows to `file` in PostgreSQL's COPY text format, which renders every type
 * exactly (decimals, time stamps, arrays, JSON, text with any character) and loads back as it was.
 * Runs inside the backup's snapshot transaction. One line is one row: COPY escapes newlines in values.
 */
export async function copyTableOut(client: pg.ClientBase, table: AppTable, file: string): Promise<{ rows: number; sha256: string }> {
  const columns = table.columns.map(quoted).join(", ");
  const source = client.query(copyTo(`COPY ${quoted(table.name)} (${columns}) TO STDOUT`));
  const hashing = hashingStream();
  await pipeline(source, hashing.stream, fs.createWriteStream(file, { mode: 0o600 }));
  const { lines, sha256 } = hashing.result();
  return { rows: lines, sha256 };
}

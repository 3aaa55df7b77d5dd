// The end-to-end server's own database (tests/e2e/serve.ts), for the tests that prepare or read rows
// a page cannot: accounts of a test's own, a stored choice, a blocked connection.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** E2E_DATABASE_URL, else the embedded server under .data/e2e with the password it was created with. */
export function databaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const password = fs.readFileSync(path.join(ROOT, ".data", "e2e", "postgres-password"), "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.E2E_PG_PORT ?? "54330"}/tracker`;
}

/** One statement on its own connection; its rows. */
export async function sql<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

// The end-to-end server's own database (tests/e2e/serve.ts), for the tests that prepare or read rows
// a page cannot: accounts of a test's own, a stored choice, a blocked connection.
import { randomUUID } from "node:crypto";
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

/**
 * A copy of a demo account (same role, organisation and password) at a new address `<prefix>.<time>@example.test`,
 * so that what a test saves for it reaches no other test; its email.
 */
export async function copyOfDemoAccount(prefix: string, demoEmail: string): Promise<string> {
  const email = `${prefix}.${Date.now()}@example.test`;
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "updatedAt")
     SELECT $1, $2, 'Ana Reyes', "passwordHash", role, "organisationId", now() FROM "User" WHERE email = $3`,
    [randomUUID(), email, demoEmail],
  );
  return email;
}

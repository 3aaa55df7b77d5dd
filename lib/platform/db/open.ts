import path from "node:path";
import pg from "pg";
import type { TLauncherEnv } from "@/lib/platform/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";
import { cliLogger } from "@/lib/platform/log";
import { explainConnectionError } from "./errors";

export type OpenDatabase = {
  url: string;
  /** True when this process started the embedded PostgreSQL. */
  embedded: boolean;
  /** Demo data and demo accounts belong in this database. */
  demo: boolean;
  close: () => Promise<void>;
  /** The embedded PostgreSQL, when this process started it (for the launcher to watch). */
  server?: EmbeddedDatabase;
};

/**
 * The database the app and the scripts use: the server at DATABASE_URL, or else the embedded
 * PostgreSQL under DATA_DIR, which this call starts and `close()` stops. The embedded one is a demo
 * database unless DEMO=0; an external one only with DEMO=1.
 */
export async function openDatabase(
  config: Pick<TLauncherEnv, "DATABASE_URL" | "DEMO" | "DATA_DIR" | "EMBEDDED_PG_PORT">,
  onLog?: (line: string) => void,
  warn: (message: string) => void = (message) => cliLogger("tracker").warn(message),
): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    await assertReachable(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: false, demo: config.DEMO === true, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(config.DATA_DIR),
    port: config.EMBEDDED_PG_PORT,
    onLog,
  });
  const accounts = await accountKinds(server.url).catch(() => ({ demo: false, real: false }));
  // A real installation forgets DEMO=0 once: its accounts say what it is, and no demo accounts (with
  // their published password) are ever added to it.
  const demo = config.DEMO === undefined ? !(accounts.real && !accounts.demo) : config.DEMO;
  if (config.DEMO === undefined && !demo) {
    warn(`The data directory ${path.resolve(config.DATA_DIR)} holds a real installation (accounts that are not demo accounts), so no demo data is loaded. Set DEMO=0 to say so and silence this.`);
  }
  if (config.DEMO === false && accounts.demo) {
    // Deleting it would take real records with it; the operator decides (a new DATA_DIR, or keep it).
    warn(
      `DEMO=0, but the data directory ${path.resolve(config.DATA_DIR)} already holds the demo data and demo accounts. ` +
        "Nothing was deleted, and the demo accounts can still sign in. For a clean installation, stop and start again with a new, empty DATA_DIR.",
    );
  }
  return { url: server.url, embedded: true, demo, close: server.stop, server };
}

/**
 * Whether the database holds demo accounts (…@demo.test, see prisma/seed/demo) and whether it holds
 * others: a real installation may well record the same agreements as the demo, but never has these
 * accounts. Neither before the first migration.
 */
export async function accountKinds(url: string): Promise<{ demo: boolean; real: boolean }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ found: boolean }>(`SELECT to_regclass('"User"') IS NOT NULL AS found`);
    if (!rows[0]?.found) return { demo: false, real: false };
    const kinds = await client.query<{ demo: boolean; real: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "User" WHERE email LIKE '%@demo.test') AS demo, EXISTS (SELECT 1 FROM "User" WHERE email NOT LIKE '%@demo.test') AS real`,
    );
    return kinds.rows[0] ?? { demo: false, real: false };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Connects once and runs `SELECT 1`, or throws a DatabaseSetupError that says why it could not. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw explainConnectionError(error, url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

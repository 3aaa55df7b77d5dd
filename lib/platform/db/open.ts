import path from "node:path";
import pg from "pg";
import type { TLauncherEnv } from "@/lib/platform/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";
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
 * PostgreSQL under DATA_DIR, which this call starts and `close()` stops.
 */
export async function openDatabase(
  config: Pick<TLauncherEnv, "DATABASE_URL" | "DEMO" | "DATA_DIR" | "EMBEDDED_PG_PORT">,
  onLog?: (line: string) => void,
): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    await assertReachable(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: false, demo: config.DEMO, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(config.DATA_DIR),
    port: config.EMBEDDED_PG_PORT,
    onLog,
  });
  return { url: server.url, embedded: true, demo: true, close: server.stop, server };
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

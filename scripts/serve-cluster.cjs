// Serves the app with WEB_CONCURRENCY processes behind one port: this small primary forks that many
// cluster workers, each a whole `next start` with the server hook (server-hook.cjs), and the
// primary hands each new connection to the next worker in turn. It
//   - restarts a worker that dies unexpectedly, waiting longer after each death, and gives up
//     (stops the others, exit code 1) when they keep dying: five deaths in a minute;
//   - on SIGTERM or SIGINT passes the signal to every worker, which drains (server-hook/shutdown.cjs),
//     and exits once all have: code 0 when every one stopped cleanly (or, still starting, by that
//     signal), 1 otherwise;
//   - gathers every worker's metrics for a scrape that lands on any of them
//     (lib/platform/metrics/cluster-metrics.ts), summed with prom-client's AggregatorRegistry.
// Started by scripts/start.ts and the load benchmark:
//   WEB_CONCURRENCY=2 node scripts/serve-cluster.cjs --port 3000    (arguments go to `next start`)
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, run by node without tsx */
const cluster = require("node:cluster");
const os = require("node:os");
const path = require("node:path");
const pino = require("pino");
const { AggregatorRegistry } = require("prom-client");

const ROOT = path.join(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVER_HOOK = path.join(__dirname, "server-hook.cjs");

/** The number of server processes WEB_CONCURRENCY asks for (the launcher has validated it): by default one per core. */
function concurrency(value = process.env.WEB_CONCURRENCY) {
  const number = Number(value);
  return value && Number.isInteger(number) && number >= 1 ? number : Math.max(1, os.availableParallelism());
}

/**
 * Forks `workers` processes running `exec` with `args` and keeps them running until a signal.
 * `restarts`: at most `max` deaths within `windowMs` before giving up; the wait before a restart
 * starts at `firstDelayMs` and doubles with each recent death. Returns a function that stops all.
 */
function serveCluster({
  exec = NEXT_BIN,
  args = ["start", ...process.argv.slice(2)],
  workers = concurrency(),
  env = process.env,
  logger = pino({ level: env.LOG_LEVEL ?? "info", base: { service: "labour-cooperation-tracker" } }),
  restarts = { max: 5, windowMs: 60_000, firstDelayMs: 250 },
  // Before the launcher's own deadline (SHUTDOWN_TIMEOUT_MS + 5 s), so that it is this primary that kills stragglers.
  stopTimeoutMs = Number(env.SHUTDOWN_TIMEOUT_MS ?? 25_000) + 2_000,
} = {}) {
  cluster.setupPrimary({ exec, args });
  const workerEnv = {
    // Peer addresses, request metrics and log lines, and the draining stop on SIGTERM, in each worker.
    NODE_OPTIONS: [env.NODE_OPTIONS, `--require=${JSON.stringify(SERVER_HOOK)}`].filter(Boolean).join(" "),
  };
  const aggregator = new AggregatorRegistry();
  const alive = new Set();
  const deaths = [];
  let stopping = false;
  /** The signal passed on to the workers; one still starting, with no handler yet, ends by it, which is as clean. */
  let stopSignal;
  let exitCode = 0;

  const fork = () => alive.add(cluster.fork(workerEnv));

  cluster.on("message", (worker, message) => {
    if (message?.type !== "lct:metrics-request") return;
    aggregator.clusterMetrics().then(
      (metrics) => worker.isConnected() && worker.send({ type: "lct:metrics-response", id: message.id, metrics }),
      (error) => worker.isConnected() && worker.send({ type: "lct:metrics-response", id: message.id, error: String(error?.message ?? error) }),
    );
  });

  cluster.on("exit", (worker, code, signal) => {
    const how = signal ?? `code ${code}`;
    alive.delete(worker);
    if (stopping) {
      if (code !== 0 && signal !== stopSignal) exitCode = 1;
      logger.info({ pid: worker.process.pid, exit: how }, "server process stopped");
      if (alive.size === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - restarts.windowMs) deaths.shift();
    if (deaths.length >= restarts.max) {
      logger.error({ pid: worker.process.pid, exit: how, deaths: deaths.length }, `server processes keep dying (${deaths.length} within ${restarts.windowMs / 1000} s): stopping`);
      exitCode = 1;
      stop("SIGTERM");
      return;
    }
    const delay = restarts.firstDelayMs * 2 ** (deaths.length - 1);
    logger.error({ pid: worker.process.pid, exit: how, restartInMs: delay }, "server process exited unexpectedly: starting another");
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  function stop(signal) {
    if (stopping) return;
    stopping = true;
    stopSignal = signal;
    if (alive.size === 0) process.exit(exitCode);
    for (const worker of alive) worker.process.kill(signal);
    setTimeout(() => {
      logger.warn("server processes did not stop in time: killing them");
      for (const worker of alive) worker.process.kill("SIGKILL");
      process.exit(1);
    }, stopTimeoutMs).unref();
  }

  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  for (let index = 0; index < workers; index++) fork();
  logger.info({ processes: workers }, `serving with ${workers} server process${workers === 1 ? "" : "es"}`);
  return stop;
}

module.exports = { concurrency, serveCluster };

if (require.main === module) serveCluster();

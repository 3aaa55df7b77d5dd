// What the server hook shares with the app's own modules. Next.js bundles the app, so a module the
// hook requires and the "same" module imported by a route are different instances; what both must
// see (the draining flag, the metrics registry, the per-request store) lives on globalThis under
// one well-known symbol. lib/platform/metrics/server-state.ts reads (or, without the hook, creates)
// the same object.
//
// Under WEB_CONCURRENCY (scripts/serve-cluster.cjs) this process is one of several cluster workers:
// it then answers the primary's requests for its registry, which the primary sums over all workers
// for a scrape that lands on any of them (lib/platform/metrics/cluster-metrics.ts).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const { AsyncLocalStorage } = require("node:async_hooks");
const cluster = require("node:cluster");
const { AggregatorRegistry, collectDefaultMetrics, Gauge, Registry } = require("prom-client");

const SERVER_STATE = Symbol.for("labour-cooperation-tracker.server");
/** The app's database pools by client (lib/platform/db/create-client.ts); its client is globalThis.prisma (lib/platform/db). */
const POOLS = Symbol.for("labour-cooperation-tracker.db-pools");

/**
 * The app's database pool figures, registered here rather than at the first scrape
 * (lib/platform/metrics/app-metrics.ts, which finds them registered) so that every process of a
 * cluster reports its pool, including those no scrape has reached.
 */
function registerPoolGauges(registry) {
  const pool = () => (globalThis.prisma ? globalThis[POOLS]?.get(globalThis.prisma) : undefined);
  const gauge = (name, help, read) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const current = pool();
        if (current) this.set(read(current));
      },
    });
  gauge("lct_db_pool_connections", "Open connections in the database pool (idle and in use).", (p) => p.totalCount);
  gauge("lct_db_pool_idle_connections", "Open connections in the database pool that no query uses.", (p) => p.idleCount);
  gauge("lct_db_pool_waiting_clients", "Queries waiting for a connection from the database pool.", (p) => p.waitingCount);
  gauge("lct_db_pool_max_connections", "The most connections the database pool opens (DATABASE_POOL_SIZE).", (p) => p.options.max ?? 10);
}

/** The process's shared state, created on first use. */
function serverState() {
  if (!globalThis[SERVER_STATE]) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    // 1 in each process: summed over a cluster's workers, the number of processes serving.
    registerPoolGauges(registry);
    new Gauge({ name: "lct_server_processes", help: "Server processes answering on this port (WEB_CONCURRENCY).", registers: [registry] }).set(1);
    if (cluster.isWorker) {
      AggregatorRegistry.setRegistries([registry]);
      // Constructed for its side effect: a worker's listener for the primary's requests.
      new AggregatorRegistry();
    }
    globalThis[SERVER_STATE] = { draining: false, registry, requests: new AsyncLocalStorage() };
  }
  return globalThis[SERVER_STATE];
}

module.exports = { serverState };

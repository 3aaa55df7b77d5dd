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

/** The process's shared state, created on first use. */
function serverState() {
  if (!globalThis[SERVER_STATE]) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    // 1 in each process: summed over a cluster's workers, the number of processes serving.
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

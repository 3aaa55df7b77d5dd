// What the server hook shares with the app's own modules. Next.js bundles the app, so a module the
// hook requires and the "same" module imported by a route are different instances; what both must
// see (the draining flag, the metrics registry, the per-request store) lives on globalThis under
// one well-known symbol. lib/platform/metrics/server-state.ts reads (or, without the hook, creates)
// the same object.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const { AsyncLocalStorage } = require("node:async_hooks");
const { collectDefaultMetrics, Registry } = require("prom-client");

const SERVER_STATE = Symbol.for("labour-cooperation-tracker.server");

/** The process's shared state, created on first use. */
function serverState() {
  if (!globalThis[SERVER_STATE]) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    globalThis[SERVER_STATE] = { draining: false, registry, requests: new AsyncLocalStorage() };
  }
  return globalThis[SERVER_STATE];
}

module.exports = { serverState };

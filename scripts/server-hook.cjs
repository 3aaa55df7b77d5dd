// Loaded into the Next.js server process by the launcher (`node --require`, through NODE_OPTIONS so
// that `next dev`'s forked server gets it too):
//   - peer-address.cjs: appends each request's socket address to X-Forwarded-For (why: there);
//   - server-hook/requests.cjs: times each request for /metrics and writes its log line;
//   - server-hook/shutdown.cjs: on SIGTERM, drains before exiting (not under `next dev`);
//   - server-hook/page-cache.cjs: serves the pages signed-out visitors see from a cache shared by
//     every instance (docs/caching.md; not under `next dev`, off with PAGE_CACHE=0).
// Starting the server some other way: NODE_OPTIONS=--require=./scripts/server-hook.cjs next start
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
require("./peer-address.cjs");
const pino = require("pino");
const { observeRequests } = require("./server-hook/requests.cjs");
const { installPageCache } = require("./server-hook/page-cache.cjs");
const { installShutdown } = require("./server-hook/shutdown.cjs");
const { serverState } = require("./server-hook/state.cjs");

// The app's logger (lib/platform/log.ts takes this one when it exists): same settings, one stream.
const LOGGER = Symbol.for("labour-cooperation-tracker.logger");
globalThis[LOGGER] ??= pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "labour-cooperation-tracker" } });

const state = serverState();
const inFlight = observeRequests(state, globalThis[LOGGER]);
if (process.env.NODE_ENV !== "development") installShutdown(state, globalThis[LOGGER], inFlight);
installPageCache(globalThis[LOGGER]);

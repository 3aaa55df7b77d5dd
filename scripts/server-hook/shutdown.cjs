// A graceful stop for `next start`. Next.js's own SIGTERM handler closes the listening socket at
// once, so a load balancer that still sends traffic there gets refused connections. Instead, with
// NEXT_MANUAL_SIG_HANDLE set (Next.js then leaves the signals to us), a SIGTERM:
//   1. marks the instance as draining: /api/health/ready answers 503 from now on;
//   2. keeps serving, new requests too, for SHUTDOWN_GRACE_MS, while load balancers notice;
//   3. stops accepting connections and lets the requests in flight finish;
//   4. exits (code 0) once none is left, or after SHUTDOWN_TIMEOUT_MS from the signal whatever is
//      left (code 1).
// SIGINT (Ctrl-C at a terminal, where no load balancer waits) skips the grace period.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const diagnosticsChannel = require("node:diagnostics_channel");
const http = require("node:http");

const DEFAULT_GRACE_MS = 5_000;
const DEFAULT_TIMEOUT_MS = 25_000;

/** A whole number of milliseconds from the environment, or `fallback` when unset or malformed (the launcher has validated it). */
function milliseconds(value, fallback) {
  const number = Number(value);
  return value !== undefined && value !== "" && Number.isInteger(number) && number >= 0 ? number : fallback;
}

/** Installs the graceful stop in this process, once it serves HTTP. */
function installShutdown(state, logger, inFlight, env = process.env) {
  const graceMs = milliseconds(env.SHUTDOWN_GRACE_MS, DEFAULT_GRACE_MS);
  const timeoutMs = milliseconds(env.SHUTDOWN_TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
  const servers = new Set();
  env.NEXT_MANUAL_SIG_HANDLE = "true";

  const track = (server) => {
    if (!(server instanceof http.Server) || servers.has(server)) return;
    if (servers.size === 0) {
      process.on("SIGTERM", () => drain("SIGTERM", graceMs));
      process.on("SIGINT", () => drain("SIGINT", 0));
    }
    servers.add(server);
  };
  diagnosticsChannel.subscribe("tracing:net.server.listen:asyncEnd", ({ server }) => track(server));
  diagnosticsChannel.subscribe("http.server.request.start", ({ server }) => track(server));

  function drain(signal, grace) {
    if (state.draining) return;
    state.draining = true;
    logger.info({ signal, graceMs: grace, timeoutMs, inFlight: inFlight() }, "shutting down: draining");
    setTimeout(() => {
      logger.warn({ inFlight: inFlight() }, "shutting down: time is up, exiting with requests unfinished");
      process.exit(1);
    }, timeoutMs);
    setTimeout(() => {
      for (const server of servers) {
        server.close();
        server.closeIdleConnections();
      }
      logger.info({ inFlight: inFlight() }, "shutting down: no longer accepting connections");
      void whenIdle().then(exit);
    }, grace);
  }

  async function whenIdle() {
    while (inFlight() > 0) await new Promise((resolve) => setTimeout(resolve, 25));
  }

  async function exit() {
    for (const server of servers) server.closeAllConnections();
    // The app's database pool (lib/platform/db), closed rather than dropped, when it exists.
    const prisma = globalThis.prisma;
    if (prisma) await Promise.race([prisma.$disconnect().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    logger.info("shutting down: done");
    process.exit(0);
  }
}

module.exports = { installShutdown, milliseconds, DEFAULT_GRACE_MS, DEFAULT_TIMEOUT_MS };

// Times every request the server answers: a Prometheus counter and latency histogram by route
// pattern and status, and one JSON log line (request id, method, route, status, duration, the
// signed-in user's id). Each request runs inside its own AsyncLocalStorage store, which the app
// fills with the user's id once it knows who is asking (lib/platform/metrics/request-user.ts).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const diagnosticsChannel = require("node:diagnostics_channel");
const path = require("node:path");
const { Counter, Gauge, Histogram } = require("prom-client");
const { loadRoutes, routePattern } = require("./route-pattern.cjs");

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Probes and scrapes, logged at debug level so that they do not drown the log. */
const QUIET_ROUTES = new Set(["/api/health", "/api/health/live", "/api/health/ready", "/metrics"]);

/**
 * Observes every HTTP request of this process. `state` is the shared server state (state.cjs),
 * `logger` a pino logger; returns a function that tells how many requests are in flight.
 */
function observeRequests(state, logger, { distDir = path.join(process.cwd(), ".next") } = {}) {
  const labelNames = ["method", "route", "status"];
  const requests = new Counter({ name: "http_requests_total", help: "HTTP requests answered, by method, route pattern and status.", labelNames, registers: [state.registry] });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from the request's arrival to the end of its response, by method, route pattern and status.",
    labelNames,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [state.registry],
  });
  const inFlightGauge = new Gauge({ name: "http_requests_in_flight", help: "HTTP requests being answered now.", registers: [state.registry] });
  let routes;
  let inFlight = 0;

  diagnosticsChannel.subscribe("http.server.request.start", ({ request, response }) => {
    const started = process.hrtime.bigint();
    const store = { userId: undefined };
    // The rest of this request's handling, in Next.js and in the app, runs inside this store.
    state.requests.enterWith(store);
    inFlight += 1;
    inFlightGauge.inc();
    // While draining, each answer closes its connection, so that clients reconnect elsewhere.
    if (state.draining) response.shouldKeepAlive = false;

    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
      inFlightGauge.dec();
      routes ??= loadRoutes(distDir);
      const route = routePattern(request.url, routes);
      const method = METHODS.has(request.method) ? request.method : "OTHER";
      // A response cut short (the client went away) is counted apart from what it would have said.
      const status = response.writableFinished ? String(response.statusCode) : "aborted";
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      requests.inc({ method, route, status });
      duration.observe({ method, route, status }, seconds);
      const line = {
        requestId: headerValue(response.getHeader("x-request-id")),
        method,
        route,
        status: response.writableFinished ? response.statusCode : null,
        durationMs: Math.round(seconds * 10000) / 10,
        userId: store.userId,
      };
      if (QUIET_ROUTES.has(route)) logger.debug(line, "request");
      else logger.info(line, "request");
    };
    response.once("finish", finish);
    response.once("close", finish);
  });

  return () => inFlight;
}

function headerValue(value) {
  if (Array.isArray(value)) return value[0];
  return value === undefined ? undefined : String(value);
}

module.exports = { observeRequests };

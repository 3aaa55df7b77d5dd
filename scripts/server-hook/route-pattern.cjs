// Turns a request's path into the app's route pattern (`/programs/abc123` → `/programs/[id]`) for
// metrics and logs: one label value per route, never per record, so that a metric's series stay few
// whatever ids are requested. The patterns come from the build's routes manifest.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const fs = require("node:fs");
const path = require("node:path");

/** The label of every path that is no route of the app (a 404, a probe for /wp-login.php …). */
const UNMATCHED = "(unmatched)";

/**
 * The app's routes from `<distDir>/routes-manifest.json` as { static: Set, dynamic: [{ page, regex }] },
 * or null when there is no build to read (then every path but Next's own is unmatched).
 */
function loadRoutes(distDir) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
  } catch {
    return null;
  }
  return {
    static: new Set((manifest.staticRoutes ?? []).map((route) => route.page)),
    // In the manifest's order, the most specific first, as Next.js matches them.
    dynamic: (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) })),
  };
}

/** The route pattern of `url` (a request target: path and maybe a query) among `routes`. */
function routePattern(url, routes) {
  const pathname = String(url ?? "").split(/[?#]/, 1)[0] || "/";
  if (pathname.startsWith("/_next/")) {
    const part = pathname.split("/")[2];
    return part === "static" || part === "image" || part === "data" ? `/_next/${part}` : "/_next";
  }
  if (!routes) return UNMATCHED;
  const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  if (routes.static.has(trimmed)) return trimmed;
  for (const route of routes.dynamic) if (route.regex.test(pathname)) return route.page;
  return UNMATCHED;
}

module.exports = { loadRoutes, routePattern, UNMATCHED };

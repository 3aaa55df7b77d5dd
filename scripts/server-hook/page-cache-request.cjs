// Which requests the page cache may answer, and under which key. Only what every signed-out
// visitor sees alike: a short list of public pages, asked for whole (no client-side navigation or
// prefetch, which Next.js serves in another form), by someone with no session, no flash note and no
// credentials. The key holds everything else the page depends on: the path and query, the language
// and time zone the app would pick, and whether the client came over https (HSTS header).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const { LOCALE_COOKIE, visitorLocale } = require("./page-cache-locale.cjs");

/** The public pages, as an anonymous visitor sees them. */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/evidence$/,
  /^\/dashboard$/,
  /^\/programs$/,
  /^\/programs\/[A-Za-z0-9_-]{1,64}$/,
  /^\/agreements$/,
  /^\/agreements\/[A-Za-z0-9_-]{1,64}$/,
  /^\/institutions$/,
  /^\/institutions\/[A-Za-z0-9_-]{1,64}$/,
];

/** A signed-in session (next-auth, possibly split into chunks `.0`, `.1` …) or a one-time note for this browser. */
const PERSONAL_COOKIE = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$|^flash$/;
/** The time zone cookie (lib/platform/i18n/time-zones.ts): dates are shown in it. */
const TIME_ZONE_COOKIE = "tz";
const MAX_URL_LENGTH = 2048;

/** The cookies of a request, by name (the first of each name, as the app reads them). */
function parseCookies(header) {
  const cookies = new Map();
  if (typeof header !== "string") return cookies;
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at === -1) continue;
    const name = part.slice(0, at).trim();
    if (name && !cookies.has(name)) cookies.set(name, safeDecode(part.slice(at + 1).trim()));
  }
  return cookies;
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The cache key of `request` (a node IncomingMessage, or anything with method, url and headers), or
 * null when the cache must leave it to the app.
 */
function cacheKey(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = String(request.url ?? "");
  if (url.length > MAX_URL_LENGTH || !url.startsWith("/")) return null;
  const headers = request.headers;
  if (headers.authorization !== undefined) return null;
  // Next.js's client-side navigation, prefetches and server actions: not the HTML page.
  if (Object.keys(headers).some((name) => name === "rsc" || name.startsWith("next-"))) return null;
  let parsed;
  try {
    parsed = new URL(url, "http://cache.invalid");
  } catch {
    return null;
  }
  if (!PUBLIC_PAGES.some((page) => page.test(parsed.pathname)) || parsed.searchParams.has("_rsc")) return null;
  const cookies = parseCookies(headers.cookie);
  for (const name of cookies.keys()) if (PERSONAL_COOKIE.test(name)) return null;
  const timeZone = cookies.get(TIME_ZONE_COOKIE) ?? "";
  if (timeZone.length > 64) return null;

  // The same query in any order is the same page; repeated names keep their order.
  const query = [...parsed.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = new URLSearchParams(query).toString();
  const locale = visitorLocale(cookies.get(LOCALE_COOKIE), headerString(headers["accept-language"]));
  const https = headerString(headers["x-forwarded-proto"]) === "https" || request.socket?.encrypted === true;
  return `${parsed.pathname}${search ? `?${search}` : ""} ${locale} ${timeZone} ${https ? "https" : "http"}`;
}

function headerString(value) {
  return Array.isArray(value) ? value[0] : value;
}

module.exports = { cacheKey, parseCookies, PUBLIC_PAGES };

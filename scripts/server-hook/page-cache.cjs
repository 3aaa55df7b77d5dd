// The shared cache of the pages signed-out visitors see (docs/caching.md). Installed in front of
// Next.js's request handler, so that a hit costs one tiny query and never reaches the app:
//   - a request the cache may answer (page-cache-request.cjs) is looked up by its key in this
//     process's memory, then in PostgreSQL (page-cache-store.cjs), for the current generation;
//   - on a miss the generation is read first, the app renders the page with the internal mark
//     header (proxy.ts then sends its policy without a nonce), the whole response is held back, its
//     script-src becomes the hashes of its inline scripts (page-cache-csp.cjs), and a 200 without
//     cookies is stored with that generation. A write committed meanwhile has moved the generation
//     on, so such an entry is never served. Misses of one key at once share one render.
// Entries are kept per build: a page names its build's script files, which the next build does not
// serve. PAGE_CACHE=0 turns it off; PAGE_CACHE_SECONDS (default 300) bounds how long an entry is served,
// which bounds wording that changes with time alone ("overdue").
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const { createHash, randomBytes } = require("node:crypto");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");
const { hashedPolicy } = require("./page-cache-csp.cjs");
const { cacheKey } = require("./page-cache-request.cjs");
const { capture, send, storedHeaders } = require("./page-cache-response.cjs");
const { createMemory } = require("./page-cache-memory.cjs");
const { createStore } = require("./page-cache-store.cjs");

/** The request header by which the cache tells proxy.ts that a page may be stored (value: the process's secret, PAGE_CACHE_MARK). */
const MARK_HEADER = "x-page-cache";
const DEFAULT_SECONDS = 300;
/** This process's copies of entries (page-cache-memory.cjs), at most this many bytes of pages. */
const MEMORY_BYTES = 32 * 1024 * 1024;
/** One put in this many prunes the table. */
const PRUNE_EVERY = 50;

/**
 * A page cache over `store` (page-cache-store.cjs). `handle(request, response, next)` answers from
 * the cache or calls `next()` to let the app answer; `mark` is the secret of the mark header; `build`
 * the build whose pages it keeps (they name its script files), so that an instance of another build
 * sharing the table never serves them.
 */
function createPageCache({ store, mark, build = "", seconds = DEFAULT_SECONDS, logger, now = Date.now }) {
  const memory = createMemory(MEMORY_BYTES);
  const renders = new Map();
  let puts = 0;
  let warnedAt = 0;

  const warn = (error, message) => {
    if (now() - warnedAt < 60_000) return;
    warnedAt = now();
    logger?.warn({ err: error }, message);
  };

  async function lookup(key, generation) {
    const copy = memory.get(key, generation, now());
    if (copy) return copy;
    const stored = await store.get(key, generation);
    if (stored) memory.set(stored);
    return stored;
  }

  function keep(entry) {
    memory.set(entry);
    puts += 1;
    const prune = puts % PRUNE_EVERY === 0;
    void store
      .put(entry)
      .then(() => (prune ? store.prune() : undefined))
      .catch((error) => warn(error, "page cache: an entry could not be stored"));
  }

  async function answer(request, response, next, key) {
    let generation;
    let entry;
    try {
      generation = await store.generation();
      entry = generation === null ? null : await lookup(key, generation);
    } catch (error) {
      warn(error, "page cache: the database could not be asked; pages are rendered meanwhile");
      return next();
    }
    if (generation === null) return next();
    if (entry) return send(request, response, entry, "hit");
    // A HEAD is answered by the app without a body: nothing to keep.
    if (request.method === "HEAD") return next();
    const flight = `${generation} ${key}`;
    const running = renders.get(flight);
    if (running) {
      const shared = await running;
      return shared ? send(request, response, shared, "hit") : next();
    }
    const rendering = render(request, response, next, { key, generation, mark, expiresAt: now() + seconds * 1000, keep });
    renders.set(flight, rendering);
    void rendering.finally(() => renders.delete(flight));
  }

  return {
    handle(request, response, next) {
      // The mark is the cache's word to the proxy, never a client's.
      delete request.headers[MARK_HEADER];
      const page = cacheKey(request);
      if (page === null) return next();
      const key = `${build} ${page}`;
      answer(request, response, next, key).catch((error) => {
        warn(error, "page cache: a request failed in the cache");
        if (!response.headersSent && !response.writableEnded) response.destroy(error);
      });
    },
  };
}

/**
 * Lets the app render the page for `key` with the mark, holds the response back until it is whole,
 * sends it, hands an entry worth keeping to `keep`, and resolves to it (null for any other).
 */
function render(request, response, next, { key, generation, mark, expiresAt, keep }) {
  return new Promise((resolve) => {
    request.headers[MARK_HEADER] = mark;
    const acceptEncoding = request.headers["accept-encoding"];
    // Whole and plain: the cache compresses, and answers If-None-Match, itself.
    delete request.headers["accept-encoding"];
    const conditional = request.headers["if-none-match"];
    delete request.headers["if-none-match"];
    const restore = capture(response, (status, body) => {
      const entry = status === 200 ? toEntry(response, body, key, generation, expiresAt) : null;
      if (acceptEncoding !== undefined) request.headers["accept-encoding"] = acceptEncoding;
      if (conditional !== undefined) request.headers["if-none-match"] = conditional;
      if (entry) {
        send(request, response, entry, "miss");
        keep(entry);
      } else {
        // Not kept, but rendered without a nonce all the same: its inline scripts need their hashes.
        const policy = isHtml(response) && hashedPolicy(response.getHeader("content-security-policy"), body.toString("utf8"));
        if (policy) response.setHeader("content-security-policy", policy);
        response.end(body);
      }
      resolve(entry);
    });
    response.once("close", () => {
      restore();
      resolve(null);
    });
    next();
  });
}


/** The entry to keep of a page the app rendered, or null when it is not one to keep. */
function toEntry(response, body, key, generation, expiresAt) {
  if (response.hasHeader("set-cookie") || !isHtml(response)) return null;
  const csp = hashedPolicy(response.getHeader("content-security-policy"), body.toString("utf8"));
  if (!csp || csp.includes("'nonce-")) return null;
  const etag = `"${createHash("sha256").update(body).update(csp).digest("base64url").slice(0, 32)}"`;
  const gzipBody = zlib.gzipSync(body, { level: 6 });
  return { key, generation, status: 200, headers: storedHeaders(response), body, gzipBody, etag, csp, expiresAt };
}

function isHtml(response) {
  return String(response.getHeader("content-type") ?? "").startsWith("text/html");
}

/** Whether the cache is on for `env`: off with PAGE_CACHE=0, under `next dev`, and without a database. */
function pageCacheEnabled(env) {
  return env.PAGE_CACHE !== "0" && env.NODE_ENV !== "development" && Boolean(env.DATABASE_URL);
}

function cacheSeconds(value) {
  const number = Number(value);
  return value !== undefined && value !== "" && Number.isInteger(number) && number > 0 ? number : DEFAULT_SECONDS;
}

/** Puts the page cache in front of the request handler of every HTTP server this process creates from now on. */
function installPageCache(logger, env = process.env) {
  if (!pageCacheEnabled(env)) return null;
  const mark = randomBytes(24).toString("base64url");
  // proxy.ts recognises the mark by this value; a client cannot know it.
  env.PAGE_CACHE_MARK = mark;
  const cache = createPageCache({ store: createStore(env.DATABASE_URL), mark, build: buildId(), seconds: cacheSeconds(env.PAGE_CACHE_SECONDS), logger });
  const createServer = http.createServer;
  http.createServer = function createServerWithCache(...args) {
    const at = args.findIndex((arg) => typeof arg === "function");
    if (at !== -1) {
      const listener = args[at];
      args[at] = function listenWithCache(request, response) {
        cache.handle(request, response, () => listener.call(this, request, response));
      };
    }
    return createServer.apply(this, args);
  };
  return cache;
}

/** The id of the build `next start` serves from this directory (.next/BUILD_ID); "" when unknown. */
function buildId(directory = process.cwd()) {
  try {
    return fs.readFileSync(path.join(directory, ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "";
  }
}

module.exports = { buildId, createPageCache, installPageCache, pageCacheEnabled, cacheSeconds, MARK_HEADER };

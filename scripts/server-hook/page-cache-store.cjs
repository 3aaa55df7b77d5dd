// Where cached pages live: PostgreSQL (the PageCacheEntry and PageCacheGeneration tables, see
// prisma/schema.prisma and the page_cache migration), shared by every instance of the app, through a
// small pool of this process's own. The generation moves on with the commit of every write to a
// table a public page shows; an entry is good only for the generation it was rendered in.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const pg = require("pg");

/** A page store over the database at `url`; `maxEntries` bounds the table. */
function createStore(url, { maxEntries = 5000, poolSize = 4 } = {}) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000, allowExitOnIdle: true, application_name: "tracker page cache" });
  // An idle connection that breaks (the database restarts) must not take the process down.
  pool.on("error", () => undefined);

  return {
    /** The current generation, as a string (a bigint). */
    async generation() {
      const { rows } = await pool.query('SELECT "generation"::text AS generation FROM "PageCacheGeneration" WHERE "id" = 1');
      return rows[0]?.generation ?? null;
    },

    /** The entry for `key` rendered in `generation`, unexpired, or null. */
    async get(key, generation) {
      const { rows } = await pool.query(
        `SELECT "status", "headers", "body", "gzipBody", "etag", "csp", "expiresAt"
         FROM "PageCacheEntry" WHERE "key" = $1 AND "generation" = $2 AND "expiresAt" > now()`,
        [key, generation],
      );
      const row = rows[0];
      if (!row) return null;
      return { key, generation, status: row.status, headers: row.headers, body: row.body, gzipBody: row.gzipBody, etag: row.etag, csp: row.csp, expiresAt: row.expiresAt.getTime() };
    },

    /** Stores `entry`, replacing an older one of the same key (never a newer one). */
    async put(entry) {
      await pool.query(
        `INSERT INTO "PageCacheEntry" ("key", "generation", "status", "headers", "body", "gzipBody", "etag", "csp", "createdAt", "expiresAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9)
         ON CONFLICT ("key") DO UPDATE SET "generation" = EXCLUDED."generation", "status" = EXCLUDED."status", "headers" = EXCLUDED."headers",
           "body" = EXCLUDED."body", "gzipBody" = EXCLUDED."gzipBody", "etag" = EXCLUDED."etag", "csp" = EXCLUDED."csp",
           "createdAt" = EXCLUDED."createdAt", "expiresAt" = EXCLUDED."expiresAt"
         WHERE "PageCacheEntry"."generation" <= EXCLUDED."generation"`,
        [entry.key, entry.generation, entry.status, JSON.stringify(entry.headers), entry.body, entry.gzipBody, entry.etag, entry.csp, new Date(entry.expiresAt)],
      );
    },

    /** Deletes what can no longer be served (expired, of an old generation), then the oldest beyond `maxEntries`. */
    async prune() {
      await pool.query(`DELETE FROM "PageCacheEntry" WHERE "expiresAt" <= now() OR "generation" <> (SELECT "generation" FROM "PageCacheGeneration" WHERE "id" = 1)`);
      await pool.query(`DELETE FROM "PageCacheEntry" WHERE "key" IN (SELECT "key" FROM "PageCacheEntry" ORDER BY "createdAt" DESC OFFSET $1)`, [maxEntries]);
    },

    close: () => pool.end(),
  };
}

module.exports = { createStore };

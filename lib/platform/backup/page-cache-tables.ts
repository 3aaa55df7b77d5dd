import type pg from "pg";

/**
 * The shared page cache's tables (scripts/server-hook/page-cache.cjs): copies of pages and the
 * generation they belong to, not data. A backup leaves them out; a restore empties the cache and
 * moves the generation on, so that no instance serves a page of what the database held before.
 */
export const PAGE_CACHE_TABLES = ["PageCacheEntry", "PageCacheGeneration"];

/** Inside the restore's transaction: no page rendered before it is served once it commits. */
export async function clearPageCache(client: pg.ClientBase): Promise<void> {
  await client.query(`DELETE FROM "PageCacheEntry"`);
  await client.query(`UPDATE "PageCacheGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1`);
}

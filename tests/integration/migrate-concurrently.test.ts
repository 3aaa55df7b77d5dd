// Instances that start together on one empty database: both apply the migrations at start-up, and
// the database ends up migrated once, with neither failing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, committedMigrations } from "@/lib/platform/db/migrate";
import { adminQuery, dropDatabase, withDatabaseName } from "./helpers/database-url";

const adminUrl = inject("adminUrl");
const name = `lct_concurrent_${process.pid}`;
const url = withDatabaseName(adminUrl, name);

describe("applyMigrations from two instances at once", () => {
  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  });
  afterAll(async () => {
    await dropDatabase(adminUrl, name);
  });

  it("applies each migration once; the instance that waited finds nothing left", async () => {
    const [first, second] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const committed = committedMigrations();
    // One of them applied everything, the other nothing (it waited for the lock, then looked again).
    expect([first, second].map((applied) => applied.length).sort((a, b) => a - b)).toEqual([0, committed.length]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; runs: number }>(
        "SELECT migration_name, count(*)::int AS runs FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL GROUP BY migration_name ORDER BY migration_name",
      );
      expect(rows).toEqual(committed.map((migration) => ({ migration_name: migration, runs: 1 })));
    } finally {
      await client.end();
    }
    expect(await applyMigrations(url)).toEqual([]);
  });
});

// The committed migrations must build exactly the schema that prisma/schema.prisma describes:
// a database migrated step by step is compared, catalog entry by catalog entry, with one built
// straight from schema.prisma.
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT, runPrisma } from "@/lib/platform/db/migrate";
import { adminQuery, dropDatabase, withDatabaseName } from "./helpers/database-url";

const adminUrl = inject("adminUrl");
const migrated = withDatabaseName(adminUrl, inject("templateDatabase"));
const fromSchemaName = `lct_schema_${process.pid}`;
const fromSchema = withDatabaseName(adminUrl, fromSchemaName);

/** Objects Prisma's schema language cannot express, written by hand in a migration. */
const HAND_WRITTEN_INDEXES = ["CooperationProgram_search_idx", "Institution_contact_point_per_party_key", "ParticipationRequest_one_pending_key"];
const HAND_WRITTEN_CHECKS = ["SubmissionFollowUp_one_target"];

/** Everything about the public schema that a migration can change, in a stable order. */
async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await query(`
        SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
               character_maximum_length, numeric_precision, numeric_scale
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      constraints: await query(`
        SELECT rel.relname AS table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations'
          -- The page cache's deferred triggers are constraint triggers, written by hand (page-cache-triggers.test.ts checks them).
          AND con.contype <> 't'
        ORDER BY rel.relname, con.conname`),
      indexes: await query(`
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
        ORDER BY tablename, indexname`),
      enums: await query(`
        SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace ns ON ns.oid = t.typnamespace
        WHERE ns.nspname = 'public'
        GROUP BY t.typname ORDER BY t.typname`),
    };
  } finally {
    await client.end();
  }
}

describe("committed migrations", () => {
  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE "${fromSchemaName}"`);
    const schema = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
    const sql = await runPrisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], fromSchema);
    expect(sql).toContain("CREATE TABLE");
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(sql);
    await client.end();
  });

  afterAll(() => dropDatabase(adminUrl, fromSchemaName));

  it("produce exactly the schema in prisma/schema.prisma, plus the hand-written indexes and checks", async () => {
    const [fromMigrations, expected] = await Promise.all([catalog(migrated), catalog(fromSchema)]);
    expect(expected.columns.length).toBeGreaterThan(100);
    const handWritten = fromMigrations.indexes.filter((index) => HAND_WRITTEN_INDEXES.includes(index.indexname as string));
    expect(handWritten.map((index) => index.indexname)).toEqual(HAND_WRITTEN_INDEXES);
    const checks = fromMigrations.constraints.filter((constraint) => HAND_WRITTEN_CHECKS.includes(constraint.conname as string));
    expect(checks.map((constraint) => constraint.conname)).toEqual(HAND_WRITTEN_CHECKS);
    expect({
      ...fromMigrations,
      indexes: fromMigrations.indexes.filter((index) => !handWritten.includes(index)),
      constraints: fromMigrations.constraints.filter((constraint) => !checks.includes(constraint)),
    }).toEqual(expected);
  });

  it("make the program search vector a column PostgreSQL computes from title, summary and objectives in every language, without accents", async () => {
    const client = new pg.Client({ connectionString: migrated });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT is_generated, generation_expression FROM information_schema.columns WHERE table_name = 'CooperationProgram' AND column_name = 'searchVector'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].is_generated).toBe("ALWAYS");
      for (const column of ["title", "summary", "objectives", "translations"]) expect(rows[0].generation_expression).toContain(column);
      // Accents are removed by an IMMUTABLE wrapper of unaccent (migration 20261206141500_multilingual_search).
      expect(rows[0].generation_expression).toContain("unaccented");
    } finally {
      await client.end();
    }
  });

  it("would notice a difference (the comparison is not vacuous)", async () => {
    await adminQuery(fromSchema, `CREATE INDEX "Country_name_probe_idx" ON "Country" ("name")`);
    const [fromMigrations, changed] = await Promise.all([catalog(migrated), catalog(fromSchema)]);
    expect(fromMigrations).not.toEqual(changed);
    await adminQuery(fromSchema, `DROP INDEX "Country_name_probe_idx"`);
  });
});

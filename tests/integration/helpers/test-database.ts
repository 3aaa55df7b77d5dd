import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { adminQuery, dropDatabase, withDatabaseName } from "./database-url";

export type TestDatabase = { url: string; db: Db };

/**
 * A database of its own for the calling test file: a copy of the migrated template with reference
 * data, created before the file's tests and dropped after them.
 */
export function provideTestDatabase(): TestDatabase {
  const adminUrl = inject("adminUrl");
  const name = `lct_test_${randomBytes(6).toString("hex")}`;
  const handle = { url: withDatabaseName(adminUrl, name) } as TestDatabase;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
    handle.db = createPrismaClient(handle.url, { poolSize: 4 });
  });

  afterAll(async () => {
    await handle.db?.$disconnect();
    await dropDatabase(adminUrl, name);
  });

  return handle;
}

/**
 * Makes the app's own `db()` (lib/platform/db) use the test database for the calling file, so that
 * data-access functions can be tested as the app runs them.
 */
export function bindAppDatabase(test: TestDatabase): void {
  const slot = globalThis as unknown as { prisma?: unknown };
  beforeAll(() => {
    slot.prisma = test.db;
  });
  afterAll(() => {
    delete slot.prisma;
  });
}

// Loads reference data (countries, currencies) into the database, and the demo data and demo
// accounts when the database is a demo one: the embedded PostgreSQL, or DATABASE_URL with DEMO=1.
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { seed } from "@/prisma/seed";
import { log, withDatabase } from "./cli";

await withDatabase(async ({ url, demo }) => {
  await applyMigrations(url);
  const db = createPrismaClient(url, { poolSize: 2 });
  try {
    const result = await seed(db, { demo });
    log.info(result.summary);
  } finally {
    await db.$disconnect();
  }
});

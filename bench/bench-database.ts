// The database a benchmark fills: its own database on the embedded PostgreSQL under .data/bench
// (never the demo database's server), or on the server at BENCH_DATABASE_URL. Benchmarks compare
// runs, so it is dropped and made again every time, with the app's real migrations and indexes.
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { startEmbeddedPostgres } from "@/lib/platform/db/embedded";
import { explainConnectionError } from "@/lib/platform/db/errors";
import { applyMigrations, PROJECT_ROOT } from "@/lib/platform/db/migrate";
import { seedReferenceData } from "@/prisma/seed/reference";

/** Where the embedded bench server keeps its cluster, and the port it listens on. */
export const BENCH_DATA_DIR = path.join(PROJECT_ROOT, ".data", "bench");
export const BENCH_PORT = Number(process.env.BENCH_PG_PORT ?? 54339);

export type BenchDatabase = {
  url: string;
  /** Stops the embedded server this call started; does nothing for BENCH_DATABASE_URL. */
  stop: () => Promise<void>;
};

/** Creates database `name` afresh, migrated and holding the reference data (countries, currencies). */
export async function createBenchDatabase(name: string): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  const server = external ? null : await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, port: BENCH_PORT });
  const stop = async () => {
    await server?.stop();
  };
  try {
    const serverUrl = external ?? server!.url;
    const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect().catch((error: unknown) => {
      throw explainConnectionError(error, serverUrl);
    });
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    } finally {
      await admin.end();
    }
    await applyMigrations(url);
    const db = createPrismaClient(url, { poolSize: 1 });
    try {
      await seedReferenceData(db as never);
    } finally {
      await db.$disconnect();
    }
    return { url, stop };
  } catch (error) {
    // Nobody else holds the server yet, so a failed setup must not leave it running.
    await stop();
    throw error;
  }
}

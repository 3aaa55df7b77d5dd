import "server-only";
import { env } from "@/lib/platform/env";
import { createPrismaClient, type Db } from "./create-client";

const globalForDb = globalThis as unknown as { prisma?: Db };

/**
 * The app's one Prisma client, created on first use (so that `next build` needs no database) and
 * kept on globalThis so that hot reload does not open a new pool each time.
 */
export function db(): Db {
  globalForDb.prisma ??= createPrismaClient(env().DATABASE_URL, { poolSize: env().DATABASE_POOL_SIZE });
  return globalForDb.prisma;
}

export type { Db, DbTx } from "./create-client";

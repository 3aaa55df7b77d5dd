import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * A Prisma client on the pg driver adapter (no native engine). Password hashes are left out of
 * every result unless a query asks for them explicitly.
 */
export function createPrismaClient(connectionString: string, { poolSize = 10 } = {}) {
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: poolSize });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to an interactive transaction's callback. */
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { guardNul } from "./text-safety";

/**
 * A Prisma client on the pg driver adapter (no native engine). Password hashes are left out of
 * every result unless a query asks for them explicitly, and text with a NUL character never
 * reaches PostgreSQL (see text-safety.ts).
 */
export function createPrismaClient(connectionString: string, { poolSize = 10 } = {}) {
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: poolSize });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }).$extends({
    name: "text-safety",
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          return query(guardNul(operation, args) as typeof args);
        },
      },
    },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to an interactive transaction's callback. */
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";
import { guardNul } from "./text-safety";
import { markUnavailable } from "./unavailable";

/**
 * A Prisma client on the pg driver adapter (no native engine). Password hashes are left out of
 * every result unless a query asks for them explicitly, and text with a NUL character never
 * reaches PostgreSQL (see text-safety.ts). The pool outlives the database going away (see
 * pool.ts), and a query that fails because the database is unreachable throws an error marked for
 * the error pages (see unavailable.ts). Nothing is retried here: a write whose answer was lost may
 * have been saved, and only its caller can tell.
 */
export function createPrismaClient(connectionString: string, { poolSize = 10 } = {}) {
  const pool = createPool({ connectionString, connectionTimeoutMillis: 5_000, max: poolSize });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }).$extends({
    name: "text-safety",
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          return query(guardNul(operation, args) as typeof args);
        },
      },
    },
  }).$extends({
    name: "unavailable-digest",
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw markUnavailable(error);
        }
      },
    },
  });
  pools.set(client, pool);
  return client;
}

/**
 * Kept on globalThis: the server hook (scripts/server-hook/state.cjs), which is no part of the app's
 * bundle, reads the app's pool from it for the pool's figures on /metrics.
 */
const POOLS = Symbol.for("labour-cooperation-tracker.db-pools");
const holder = globalThis as { [POOLS]?: WeakMap<object, pg.Pool> };
const pools = (holder[POOLS] ??= new WeakMap<object, pg.Pool>());

/** The connection pool under a client made here, for the pool's figures on /metrics. */
export function clientPool(client: object): pg.Pool | undefined {
  return pools.get(client);
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to an interactive transaction's callback. */
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

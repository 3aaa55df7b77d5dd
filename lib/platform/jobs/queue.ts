import { createHash } from "node:crypto";
import pg from "pg";
import PgBoss from "pg-boss";
import type { Logger } from "pino";

export type QueueOptions = Omit<PgBoss.Queue, "name">;

/** pg's errors carry their whole client; log what helps. */
export const errorDetail = (error: Error) => ({ message: error.message, code: (error as { code?: string }).code });

/** A pg-boss instance on the database at `url`, not started. */
export function createQueue(url: string, { max = 4 }: { max?: number } = {}): PgBoss {
  return new PgBoss({ connectionString: url, application_name: "lct-worker", max });
}

/** The advisory lock workers hold while they create or update the queues. */
export const QUEUE_SETUP_LOCK_KEY = 7_263_202;

/**
 * Starts `boss` (creating or migrating its tables, schema "pgboss" of the app's own database) and
 * creates the given queues, or brings their options up to date. Workers that start together (one
 * in each app instance) take turns: pg-boss's queue creation deadlocks when two run at once.
 */
export async function startQueue(boss: PgBoss, log: Logger, queues: Record<string, QueueOptions>, url: string): Promise<PgBoss> {
  boss.on("error", (error) => log.error(errorDetail(error), "job queue error"));
  await boss.start();
  const lock = new pg.Client({ connectionString: url, application_name: "lct-worker" });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [QUEUE_SETUP_LOCK_KEY]);
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    for (const [name, options] of Object.entries(queues)) {
      if (existing.has(name)) await boss.updateQueue(name, { name, ...options });
      else await boss.createQueue(name, { name, ...options });
    }
  } finally {
    // Ending the session releases the lock.
    await lock.end().catch(() => undefined);
  }
  return boss;
}

/**
 * A job id (a UUID, as pg-boss wants) derived from `key`: the same key always gets the same id, and
 * pg-boss inserts a job whose id exists with ON CONFLICT DO NOTHING, so a job enqueued this way is
 * enqueued once however often it is asked for.
 */
export function stableJobId(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

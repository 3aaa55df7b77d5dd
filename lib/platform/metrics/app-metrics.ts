import "server-only";
import { Counter, Gauge, type Registry } from "prom-client";
import { db } from "@/lib/platform/db";
import { clientPool } from "@/lib/platform/db/create-client";
import { logger } from "@/lib/platform/log";
import { serverState } from "./server-state";

/** The metric named `name` in `registry`, created by `create` the first time. */
function single<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

/** Failed password sign-ins (wrong password, unknown email, disabled account), counted where they are recorded. */
export function signInFailures(registry: Registry = serverState().registry): Counter {
  return single(registry, "lct_sign_in_failures_total", () =>
    new Counter({ name: "lct_sign_in_failures_total", help: "Failed password sign-ins.", registers: [registry] }),
  );
}

/** The figures read when /metrics is scraped: the database pool and the job queues. */
export function registerAppMetrics(registry: Registry = serverState().registry): void {
  signInFailures(registry);
  const pool = () => clientPool(db());
  const poolGauge = (name: string, help: string, read: (p: NonNullable<ReturnType<typeof pool>>) => number) =>
    single(registry, name, () =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const current = pool();
          if (current) this.set(read(current));
        },
      }),
    );
  poolGauge("lct_db_pool_connections", "Open connections in the database pool (idle and in use).", (p) => p.totalCount);
  poolGauge("lct_db_pool_idle_connections", "Open connections in the database pool that no query uses.", (p) => p.idleCount);
  poolGauge("lct_db_pool_waiting_clients", "Queries waiting for a connection from the database pool.", (p) => p.waitingCount);
  poolGauge("lct_db_pool_max_connections", "The most connections the database pool opens (DATABASE_POOL_SIZE).", (p) => p.options.max ?? 10);

  single(registry, "lct_jobs", () =>
    new Gauge({
      name: "lct_jobs",
      help: "Background jobs by queue and state: queued (waiting or to retry), active, failed (kept for pg-boss's retention).",
      labelNames: ["queue", "state"],
      // Every server process counts the same table: several processes' figures are one count, not a sum.
      aggregator: "max",
      registers: [registry],
      async collect() {
        this.reset();
        for (const row of await countJobs()) this.set({ queue: row.queue, state: row.state }, row.count);
      },
    }),
  );
}

/** The job counts of every queue (but pg-boss's own), zeros included; none when the queue's tables do not exist yet (no worker has run). */
async function countJobs(): Promise<{ queue: string; state: string; count: number }[]> {
  try {
    return await db().$queryRaw`
      SELECT q.name AS queue, s.state, count(j.id)::int AS count
      FROM pgboss.queue q
      CROSS JOIN (VALUES ('queued'), ('active'), ('failed')) AS s(state)
      LEFT JOIN pgboss.job j ON j.name = q.name
        AND (CASE WHEN j.state IN ('created', 'retry') THEN 'queued' ELSE j.state::text END) = s.state
      WHERE q.name NOT LIKE '\_\_pgboss\_\_%'
      GROUP BY q.name, s.state
      ORDER BY q.name, s.state`;
  } catch (error) {
    logger.debug({ err: error }, "metrics: job counts unavailable");
    return [];
  }
}

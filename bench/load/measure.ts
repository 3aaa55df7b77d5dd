// One measurement of one route: autocannon drives it at a concurrency for a duration while the
// server's memory is sampled and PostgreSQL counts the statements it runs (pg_stat_statements).
import autocannon from "autocannon";
import pg from "pg";
import { watchCpu, watchMemory } from "./server";

export type RouteResult = {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  peakRssMb: number;
  /** SQL statements PostgreSQL ran per request; null when pg_stat_statements is not available. */
  queriesPerRequest: number | null;
  /** The time of one request sent alone before the warm-up, read to the end (a cold route computes what later requests reuse). */
  firstRequestMs: number;
  /**
   * CPU during the measurement: the server's process tree, per request in milliseconds and as a
   * share of one core (its JavaScript runs on one), and the share of all the machine's cores in use.
   */
  cpu: { serverMsPerRequest: number; serverCoreShare: number; machineShare: number };
  /** Answers that carried `X-Cache` (a shared page cache), and how many of them were hits; absent when none did. */
  cache?: { answers: number; hits: number };
};

export type StreamResult = { seconds: number; bytes: number; lines: number; status: number; startRssMb: number; peakRssMb: number; queries: number | null };

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The value below which `share` of the sorted values fall (nearest rank). */
function percentile(sorted: number[], share: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

/** Counts the statements PostgreSQL runs for the benchmark database, when pg_stat_statements is loaded. */
export class QueryCounter {
  private constructor(private readonly client: pg.Client | null) {}

  static async open(url: string): Promise<QueryCounter> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      await client.query("SELECT pg_stat_statements_reset()");
      return new QueryCounter(client);
    } catch {
      // A server without the library preloaded (an external one, say): the counts are reported as unknown.
      await client.end();
      return new QueryCounter(null);
    }
  }

  get available() {
    return this.client !== null;
  }

  async reset() {
    await this.client?.query("SELECT pg_stat_statements_reset()");
  }

  /** Statements run in the benchmark database since the last reset, the counter's own excluded. */
  async count(): Promise<number | null> {
    if (!this.client) return null;
    const { rows } = await this.client.query<{ calls: string }>(
      `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
    );
    return Number(rows[0]!.calls);
  }

  async close() {
    await this.client?.end();
  }
}

/** Drives `url` for `seconds` with `connections` concurrent clients, after one request alone and a short warm-up. */
export async function measureRoute(
  url: string,
  { connections, seconds, headers, serverPid, counter, status = 200 }: { connections: number; seconds: number; headers: Record<string, string>; serverPid: number; counter: QueryCounter; status?: number },
): Promise<RouteResult> {
  // The warm-up gives up on requests still running when it ends; this one is waited for, so that
  // what a first request computes (the dashboard's figures) is ready before the measurement.
  const first = performance.now();
  await (await fetch(url, { headers, signal: AbortSignal.timeout(600_000) })).arrayBuffer();
  const firstRequestMs = Math.round(performance.now() - first);
  await autocannon({ url, connections, duration: Math.min(3, seconds), headers, timeout: 60 });
  await counter.reset();
  const memory = watchMemory(serverPid);
  const cpu = watchCpu(serverPid);
  const latencies: number[] = [];
  let errors = 0;
  const cache = { answers: 0, hits: 0 };
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    timeout: 60,
    // The raw header list of each answer: name, value, name, value…
    setupClient: (client) => {
      (client as unknown as NodeJS.EventEmitter).on("headers", ({ headers: raw }: { headers: string[] }) => {
        for (let index = 0; index < raw.length - 1; index += 2) {
          if (raw[index]!.toLowerCase() !== "x-cache") continue;
          cache.answers++;
          if (raw[index + 1]!.toLowerCase().startsWith("hit")) cache.hits++;
        }
      });
    },
  });
  const tracker = instance as unknown as NodeJS.EventEmitter;
  tracker.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode !== status) errors++;
  });
  const result = await instance;
  const used = cpu.stop();
  const { peakBytes } = memory.stop();
  const queries = await counter.count();
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    connections,
    requests,
    requestsPerSecond: round(requests / seconds),
    latencyMs: { p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)), p99: round(percentile(latencies, 0.99)), max: round(latencies.at(-1) ?? NaN) },
    errors: errors + result.errors + result.timeouts,
    peakRssMb: mb(peakBytes),
    queriesPerRequest: queries === null || !requests ? null : round(queries / requests),
    firstRequestMs,
    cpu: {
      serverMsPerRequest: requests ? round((1000 * used.serverSeconds) / requests) : NaN,
      serverCoreShare: Math.round(used.serverCoreShare * 100) / 100,
      machineShare: Math.round(used.machineShare * 100) / 100,
    },
    ...(cache.answers ? { cache } : {}),
  };
}

/** One request whose body is read to the end as it streams: how long, how big, and the server's memory meanwhile. */
export async function measureStream(url: string, { headers, serverPid, counter }: { headers: Record<string, string>; serverPid: number; counter: QueryCounter }): Promise<StreamResult> {
  await counter.reset();
  const memory = watchMemory(serverPid);
  const started = performance.now();
  const response = await fetch(url, { headers });
  let bytes = 0;
  let lines = 0;
  const reader = response.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 10) lines++;
    }
  } catch {
    // The server broke the download off (it ran out of memory, say): what arrived is reported.
  }
  const seconds = (performance.now() - started) / 1000;
  const { startBytes, peakBytes } = memory.stop();
  return { seconds: Math.round(seconds * 100) / 100, bytes, lines, status: response.status, startRssMb: mb(startBytes), peakRssMb: mb(peakBytes), queries: await counter.count() };
}

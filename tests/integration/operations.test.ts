import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/platform/auth/authenticate";
import { createQueue } from "@/lib/platform/jobs/queue";
import { serverState } from "@/lib/platform/metrics/server-state";
import { provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
const TOKEN = "a-metrics-token-for-these-tests";
const UNREACHABLE = "postgresql://nobody:secret@127.0.0.1:1/nothing";

/** A route module as the server would load it with this environment (env() is read once per module instance). */
async function route<T>(load: () => Promise<T>, settings: { databaseUrl?: string; metricsToken?: string } = {}): Promise<T> {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", settings.databaseUrl ?? test.url);
  vi.stubEnv("NEXTAUTH_SECRET", "a test secret that is long enough to sign sessions");
  vi.stubEnv("METRICS_TOKEN", settings.metricsToken ?? "");
  await disconnect();
  return load();
}

async function disconnect() {
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
}

afterEach(async () => {
  serverState().draining = false;
  await disconnect();
  vi.unstubAllEnvs();
});

describe("GET /api/health/live", () => {
  it("answers 200 without asking the database, even when it is unreachable", async () => {
    const { GET } = await route(() => import("@/app/api/health/live/route"), { databaseUrl: UNREACHABLE });
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "live" });
    expect((globalThis as { prisma?: unknown }).prisma).toBeUndefined();
  });
});

describe("GET /api/health/ready", () => {
  it("answers 200 when the database answers and the instance is not stopping", async () => {
    const { GET } = await route(() => import("@/app/api/health/ready/route"));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", database: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const { GET } = await route(() => import("@/app/api/health/ready/route"), { databaseUrl: UNREACHABLE });
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not ready", database: "unreachable" });
  });

  it("answers 503 while the instance drains, though the database answers", async () => {
    const { GET } = await route(() => import("@/app/api/health/ready/route"));
    serverState().draining = true;
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "draining", database: "not checked" });
  });
});

describe("GET /metrics", () => {
  const scrape = (authorization?: string) => new Request("http://localhost/metrics", { headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    // The worker's job tables, with one job waiting in a queue of its own.
    const boss = createQueue(test.url, { max: 1 });
    await boss.start();
    await boss.createQueue("metrics-test");
    await boss.send("metrics-test", {});
    await boss.stop({ graceful: false, wait: true });
  });

  afterAll(() => vi.unstubAllEnvs());

  it("does not exist while METRICS_TOKEN is unset", async () => {
    const { GET } = await route(() => import("@/app/metrics/route"));
    expect((await GET(scrape(`Bearer ${TOKEN}`))).status).toBe(404);
  });

  it("refuses a scraper without the token, or with another", async () => {
    const { GET } = await route(() => import("@/app/metrics/route"), { metricsToken: TOKEN });
    for (const authorization of [undefined, `Bearer ${TOKEN}-not`, TOKEN]) {
      const response = await GET(scrape(authorization));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain("lct_");
    }
  });

  it("reports the pool, the job queues, failed sign-ins and the process to the bearer of the token", async () => {
    const { GET } = await route(() => import("@/app/metrics/route"), { metricsToken: TOKEN });
    const failures = async () => Number(/^lct_sign_in_failures_total (\d+)$/m.exec(await (await GET(scrape(`Bearer ${TOKEN}`))).text())?.[1] ?? 0);
    const before = await failures();
    await expect(authenticate({ email: "nobody@example.org", password: "wrong", ip: "198.51.100.9", requestId: "req-metrics" })).rejects.toThrow();
    expect(await failures()).toBe(before + 1);

    const response = await GET(scrape(`Bearer ${TOKEN}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    for (const name of ["lct_db_pool_connections", "lct_db_pool_idle_connections", "lct_db_pool_waiting_clients", "lct_db_pool_max_connections", "process_cpu_seconds_total", "nodejs_heap_size_used_bytes"]) {
      expect(body).toMatch(new RegExp(`^${name} \\d`, "m"));
    }
    expect(body).toMatch(/^lct_db_pool_max_connections 10$/m);
    expect(body).toContain('lct_jobs{queue="metrics-test",state="queued"} 1');
    expect(body).toContain('lct_jobs{queue="metrics-test",state="failed"} 0');
  });
});

// The operator's signals on the built app, served by a second `next start` of its own (the way the
// launcher starts it: with scripts/server-hook.cjs), on the end-to-end database: its log lines are
// read from its stdout, and it is stopped with SIGTERM while a request is in flight.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import pg from "pg";
import { freePort } from "../integration/helpers/free-port";
import { DEMO_PASSWORD, ROLES } from "./demo-accounts";
import { databaseUrl } from "./e2e-database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TOKEN = randomBytes(24).toString("hex");
const GRACE_MS = 1_500;
const TIMEOUT_MS = 15_000;

test.describe.configure({ mode: "serial" });

let server: ChildProcess;
let base = "";
let exited: Promise<{ code: number | null; at: number }>;
const lines: Record<string, unknown>[] = [];

/** The end-to-end database: E2E_DATABASE_URL, or the embedded one that tests/e2e/serve.ts started. */
test.beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: `--require=${JSON.stringify(path.join(ROOT, "scripts", "server-hook.cjs"))}`,
      DATABASE_URL: databaseUrl(),
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      METRICS_TOKEN: TOKEN,
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS),
      LOG_LEVEL: "info",
      NEXT_TELEMETRY_DISABLED: "1",
      // The drain test holds a request on a locked table: the home page must be rendered, not served from the shared cache.
      PAGE_CACHE: "0",
    },
  });
  exited = new Promise((resolve) => server.once("exit", (code) => resolve({ code, at: Date.now() })));
  let buffered = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    for (const line of complete) {
      if (line.startsWith("{")) lines.push(JSON.parse(line) as Record<string, unknown>);
    }
  });
  await expect.poll(() => fetch(`${base}/api/health/live`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
});

/** The log line of the request whose response carried `requestId`. */
async function logLineOf(requestId: string | null) {
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => lines.some((line) => line.requestId === requestId)).toBe(true);
  return lines.find((line) => line.requestId === requestId)!;
}

const scrape = (authorization?: string) => fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });

test("/metrics is open to the bearer of the metrics token only, and counts requests by route pattern", async () => {
  expect((await scrape()).status).toBe(401);
  expect((await scrape(`Bearer ${TOKEN.slice(0, -1)}`)).status).toBe(401);

  const id = `no-such-program-${randomBytes(4).toString("hex")}`;
  const missing = await fetch(`${base}/programs/${id}`);
  expect(missing.status).toBe(404);
  await missing.text();

  // A request is counted when its response has ended, a moment after the client has read it.
  const counted = /^http_requests_total\{method="GET",route="\/programs\/\[id\]",status="404"\} [1-9]/m;
  await expect.poll(async () => counted.test(await (await scrape(`Bearer ${TOKEN}`)).text())).toBe(true);
  const response = await scrape(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  const body = await response.text();
  expect(body).toMatch(/^http_requests_total\{method="GET",route="\/programs\/\[id\]",status="404"\} [1-9]/m);
  expect(body).toMatch(/^http_request_duration_seconds_count\{method="GET",route="\/programs\/\[id\]",status="404"\} [1-9]/m);
  expect(body).toMatch(/^http_requests_total\{method="GET",route="\/api\/health\/live",status="200"\} [1-9]/m);
  for (const name of ["http_requests_in_flight", "lct_db_pool_connections", "lct_db_pool_waiting_clients", "lct_sign_in_failures_total", "process_resident_memory_bytes"]) {
    expect(body).toMatch(new RegExp(`^${name} \\d`, "m"));
  }
  expect(body).toMatch(/^lct_jobs\{queue="measure-reminders",state="queued"\} \d+$/m);
  expect(body).not.toContain(id);
});

test("each request is logged once, as JSON, with its id, route, status, duration and user id, and no personal data", async () => {
  const anonymous = await fetch(`${base}/programs/not-a-program`);
  await anonymous.text();
  const line = await logLineOf(anonymous.headers.get("x-request-id"));
  expect(line).toMatchObject({ level: 30, msg: "request", method: "GET", route: "/programs/[id]", status: 404 });
  expect(line.durationMs).toEqual(expect.any(Number));
  expect(line).not.toHaveProperty("userId");

  const api = await playwrightRequest.newContext({ baseURL: base });
  try {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signIn = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: ROLES.admin.email, password: DEMO_PASSWORD, json: "true" } });
    expect(signIn.ok()).toBe(true);
    const me = await api.get("/api/v1/me");
    expect(me.status()).toBe(200);
    const { data: { id } } = (await me.json()) as { data: { id: string } };
    const signedIn = await logLineOf(me.headers()["x-request-id"] ?? null);
    expect(signedIn).toMatchObject({ method: "GET", route: "/api/v1/me", status: 200, userId: id });
    expect(lines.filter((entry) => entry.requestId === signedIn.requestId)).toHaveLength(1);
  } finally {
    await api.dispose();
  }
  const everything = JSON.stringify(lines);
  expect(everything).not.toContain(ROLES.admin.email);
  expect(everything).not.toContain(ROLES.admin.name);
  expect(everything).not.toContain("127.0.0.1");
});

test("on SIGTERM the server reports not ready at once, finishes the request in flight and exits in time", async () => {
  // The home page reads the agreements: while this transaction holds their table, it waits.
  const blocker = new pg.Client({ connectionString: databaseUrl() });
  await blocker.connect();
  try {
    await blocker.query('BEGIN; LOCK TABLE "Agreement" IN ACCESS EXCLUSIVE MODE');
    const slow = fetch(`${base}/`).then(async (response) => ({ status: response.status, body: await response.text() }));
    await expect.poll(() => blocked(blocker), { timeout: 10_000 }).toBe(true);

    const signalled = Date.now();
    server.kill("SIGTERM");
    await expect.poll(async () => (await fetch(`${base}/api/health/ready`)).status, { timeout: 1_000 }).toBe(503);
    const ready = await fetch(`${base}/api/health/ready`);
    expect(await ready.json()).toEqual({ status: "draining", database: "not checked" });
    // Within the grace period new requests are still answered, and told to close their connection.
    const live = await fetch(`${base}/api/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get("connection")).toBe("close");

    // Past the grace period: no new connections, but the request in flight is still being answered.
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 500));
    await expect(fetch(`${base}/api/health/live`)).rejects.toThrow();
    expect(server.exitCode).toBeNull();

    await blocker.query("COMMIT");
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("</html>");

    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(TIMEOUT_MS);
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(["shutting down: draining", "shutting down: no longer accepting connections", "shutting down: done"]));
  } finally {
    await blocker.end().catch(() => undefined);
  }
});

/** True once a query of another session waits for the lock that `blocker` holds. */
async function blocked(blocker: pg.Client): Promise<boolean> {
  const { rows } = await blocker.query<{ waiting: number }>(
    "SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation = '\"Agreement\"'::regclass",
  );
  return (rows[0]?.waiting ?? 0) > 0;
}

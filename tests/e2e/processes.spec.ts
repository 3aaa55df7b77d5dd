// The built app with WEB_CONCURRENCY=2, as `npm start` serves it on a machine with two cores:
// scripts/serve-cluster.cjs and its two `next start` on the end-to-end database. Both processes
// answer, a scrape of either reports the requests of both, one that dies is replaced, and a SIGTERM
// drains both. (The end-to-end server itself runs one process: playwright.config.ts.)
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../integration/helpers/free-port";
import { databaseUrl } from "./e2e-database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TOKEN = randomBytes(24).toString("hex");

test.describe.configure({ mode: "serial" });

let primary: ChildProcess;
let port = 0;
let output = "";
let exited: Promise<number | null>;

test.beforeAll(async () => {
  port = await freePort();
  const base = `http://localhost:${port}`;
  primary = spawn(process.execPath, [path.join(ROOT, "scripts", "serve-cluster.cjs"), "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      WEB_CONCURRENCY: "2",
      DATABASE_URL: databaseUrl(),
      DATABASE_POOL_SIZE: "2",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      METRICS_TOKEN: TOKEN,
      SHUTDOWN_GRACE_MS: "0",
      LOG_LEVEL: "info",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  primary.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  primary.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  exited = new Promise((resolve) => primary.once("exit", (code) => resolve(code)));
  await expect.poll(() => get("/api/health/live").then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  if (primary.exitCode === null && primary.signalCode === null) primary.kill("SIGKILL");
});

/** GET on a connection of its own: the primary hands each new connection to the next process in turn. */
function get(pathname: string, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, headers, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject)
      .setTimeout(10_000, function (this: http.ClientRequest) {
        this.destroy(new Error(`GET ${pathname}: no answer within 10 s`));
      });
  });
}

/** The primary's child processes, from /proc (Linux). */
function servers(): number[] {
  return fs
    .readdirSync(`/proc/${primary.pid}/task`)
    .flatMap((task) => fs.readFileSync(`/proc/${primary.pid}/task/${task}/children`, "utf8").trim().split(/\s+/))
    .filter(Boolean)
    .map(Number);
}

const metric = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);

test("two processes serve the port, and a scrape of either counts the requests both answered", async () => {
  expect(servers()).toHaveLength(2);
  for (let index = 0; index < 20; index++) expect((await get("/api/health")).status).toBe(200);

  // The first scrape (the app registers its own figures in the process it reaches): both
  // processes have opened their database pool (DATABASE_POOL_SIZE=2 each), and both are reported.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const first = await get("/metrics", { authorization: `Bearer ${TOKEN}` });
  expect(first.status).toBe(200);
  expect(metric(first.body, /^lct_server_processes (\d+)$/m)).toBe(2);
  expect(metric(first.body, /^lct_db_pool_max_connections (\d+)$/m)).toBe(4);

  // Either process alone answered about half of them.
  const health = /^http_requests_total\{method="GET",route="\/api\/health",status="200"\} (\d+)$/m;
  await expect.poll(async () => metric((await get("/metrics", { authorization: `Bearer ${TOKEN}` })).body, health)).toBe(20);
});

test("a process that dies is replaced, and SIGTERM stops both cleanly", async () => {
  const [killed, survivor] = servers();
  process.kill(killed!, "SIGKILL");
  await expect.poll(() => servers().filter((pid) => pid !== killed), { timeout: 60_000 }).toHaveLength(2);
  expect(servers()).toContain(survivor);
  await expect.poll(async () => metric((await get("/metrics", { authorization: `Bearer ${TOKEN}` })).body, /^lct_server_processes (\d+)$/m), { timeout: 60_000 }).toBe(2);
  expect(output).toContain("server process exited unexpectedly");
  // The new process listens (it has something to drain) before the stop.
  await expect.poll(() => output.match(/Ready in/g)?.length, { timeout: 60_000 }).toBe(3);

  primary.kill("SIGTERM");
  expect(await exited, output.slice(-4000)).toBe(0);
  expect(output.match(/shutting down: done/g)).toHaveLength(2);
});

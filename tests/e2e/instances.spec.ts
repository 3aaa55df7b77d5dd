// Two instances of the app behind nginx, on one PostgreSQL: what one instance does, the other
// sees. Each instance is `npm start` (scripts/start.ts) serving the build the end-to-end server
// made (NEXT_BUILD=never), with its background worker, the same secret, database and upload
// directory, and TRUSTED_PROXIES=127.0.0.1; nginx runs deploy/nginx.conf with this test's ports
// and paths. Nothing here touches the end-to-end server's own database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request as newRequest, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import PgBoss from "pg-boss";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/platform/db/embedded";
import { freePort } from "../integration/helpers/free-port";
import { startSmtpInbox, type SmtpInbox } from "../support/smtp-inbox";
import { DEMO_PASSWORD } from "./demo-accounts";
import { nginxConfig, NGINX } from "./instances-nginx";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
/** Low enough to reach in a test; the instances must count it together. */
const API_LIMIT = 10;

test.describe.configure({ mode: "serial" });

type Instance = { port: number; url: string; process: ChildProcess; log: string };
let tmp: string;
let database: EmbeddedDatabase | undefined;
let inbox: SmtpInbox | undefined;
let nginx: ChildProcess | undefined;
let instances: Instance[] = [];
let proxyUrl: string;
let user: APIRequestContext | undefined;
const started: ChildProcess[] = [];

/** Runs a script of the app with `env` to completion. */
function runScript(script: string, env: NodeJS.ProcessEnv, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const output = fs.openSync(log, "a");
    const child = spawn(process.execPath, [TSX, script], { cwd: ROOT, env, stdio: ["ignore", output, output] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} failed (exit ${code}):\n${fs.readFileSync(log, "utf8").slice(-3000)}`))));
  });
}

async function waitUntilUp(url: string, log: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${url}/api/health`).then((response) => response.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} did not come up in ${timeoutMs / 1000} s:\n${fs.readFileSync(log, "utf8").slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function stopProcess(child: ChildProcess | undefined, timeoutMs = 15_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!fs.existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX}: apt-get install nginx (the CI script .ci/run installs it).`);
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("There is no build in .next: the end-to-end server builds it; run the tests with `npx playwright test`.");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lct-instances-"));
  fs.chmodSync(tmp, 0o755);
  database = await startEmbeddedPostgres({ dataDir: path.join(tmp, "postgres"), port: await freePort() });
  inbox = await startSmtpInbox();
  const [portA, portB, proxyPort] = [await freePort(), await freePort(), await freePort()];
  proxyUrl = `http://127.0.0.1:${proxyPort}`;

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    DEMO: "1",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: proxyUrl,
    DATA_DIR: path.join(tmp, "data"),
    TRUSTED_PROXIES: "127.0.0.1",
    SMTP_URL: inbox.url,
    NEXT_BUILD: "never",
    API_RATE_LIMIT: `${API_LIMIT}/60`,
    LOG_LEVEL: "info",
    // One server process each, as the end-to-end server (playwright.config.ts): two cores are shared with it and the browser.
    WEB_CONCURRENCY: "1",
  };
  // Migrations and demo data first, then both instances at once (each finds the database current).
  await runScript("scripts/db-seed.ts", env, path.join(tmp, "seed.log"));
  instances = [portA, portB].map((port, index) => {
    const log = path.join(tmp, `instance-${index}.log`);
    const output = fs.openSync(log, "a");
    const child = spawn(process.execPath, [TSX, "scripts/start.ts"], { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ["ignore", output, output] });
    started.push(child);
    return { port, url: `http://127.0.0.1:${port}`, process: child, log };
  });

  const nginxDir = path.join(tmp, "nginx");
  fs.mkdirSync(nginxDir, { mode: 0o777 });
  fs.chmodSync(nginxDir, 0o777);
  const config = nginxConfig(fs.readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8"), { dir: nginxDir, port: proxyPort, upstreams: [portA, portB] });
  fs.writeFileSync(path.join(nginxDir, "nginx.conf"), config);
  const nginxLog = path.join(nginxDir, "error.log");
  nginx = spawn(NGINX, ["-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", fs.openSync(nginxLog, "a")] });
  started.push(nginx);

  await Promise.all(instances.map((instance) => waitUntilUp(instance.url, instance.log)));
  await waitUntilUp(proxyUrl, nginxLog, 10_000);
});

test.afterAll(async () => {
  await user?.dispose();
  await Promise.all(started.map((child) => stopProcess(child)));
  await inbox?.close().catch(() => undefined);
  await database?.stop().catch(() => undefined);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Signs in with a password, through `base`, as the client at `address`; returns next-auth's answer URL. */
async function signIn(context: APIRequestContext, base: string, email: string, password: string): Promise<string> {
  const { csrfToken } = (await (await context.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await context.post(`${base}/api/auth/callback/credentials`, { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  return ((await response.json()) as { url: string }).url;
}

const client = (address: string) => newRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": address, origin: proxyUrl } });
const a = () => instances[0]!.url;
const b = () => instances[1]!.url;

test("nginx spreads requests over both instances", async () => {
  const answered = new Set<string>();
  for (let i = 0; i < 8; i++) {
    const response = await fetch(`${proxyUrl}/api/health`);
    expect(response.status).toBe(200);
    answered.add(response.headers.get("x-upstream") ?? "");
  }
  expect([...answered].sort()).toEqual(instances.map((instance) => `127.0.0.1:${instance.port}`).sort());
});

test("a session made through one instance works on the other", async () => {
  user = await client("203.0.113.10");
  expect(await signIn(user, proxyUrl, "gov.mx@demo.test", DEMO_PASSWORD)).not.toContain("error=");
  for (const base of [a(), b(), proxyUrl]) {
    const session = (await (await user.get(`${base}/api/auth/session`)).json()) as { user?: { email?: string } };
    expect(session.user?.email, base).toBe("gov.mx@demo.test");
  }
});

let programId: string;

test("a program created through one instance is seen through the other", async () => {
  const agreements = (await (await user!.get(`${a()}/api/v1/agreements?party=MX`)).json()) as { data: { id: string }[] };
  const created = await user!.post(`${a()}/api/v1/programs`, {
    data: { agreementId: agreements.data[0]!.id, identifier: `MX-STPS-INSTANCES-${Date.now()}`, title: "Made on instance A", type: "TECHNICAL_COOPERATION", expertiseArea: "Occupational safety", currencyCode: "MXN" },
  });
  expect(created.status(), await created.text()).toBe(201);
  programId = ((await created.json()) as { data: { id: string } }).data.id;
  for (const base of [b(), proxyUrl]) {
    const seen = await user!.get(`${base}/api/v1/programs/${programId}`);
    expect(seen.status()).toBe(200);
    expect(((await seen.json()) as { data: { title: string } }).data.title).toBe("Made on instance A");
  }
});

test("a document uploaded through one instance is downloaded from both", async () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const uploaded = await user!.post(`${b()}/api/v1/programs/${programId}/documents`, {
    multipart: { title: "Inception report", category: "A07", file: { name: "report.pdf", mimeType: "application/pdf", buffer: pdf } },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const documentId = ((await uploaded.json()) as { data: { id: string } }).data.id;
  for (const base of [a(), b()]) {
    const download = await user!.get(`${base}/api/v1/documents/${documentId}/file`);
    expect(download.status(), base).toBe(200);
    expect(Buffer.compare(await download.body(), pdf)).toBe(0);
  }
});

test("failed sign-ins on both instances count as one: the address is locked out of the account", async () => {
  const attacker = await client("203.0.113.50");
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await signIn(attacker, attempt % 2 ? b() : a(), "cso@demo.test", "wrong password")).toContain("error=CredentialsSignin");
    }
    // The right password, now, from that address, on either instance: refused.
    expect(await signIn(attacker, b(), "cso@demo.test", DEMO_PASSWORD)).toContain("error=RateLimited");
    expect(await signIn(attacker, a(), "cso@demo.test", DEMO_PASSWORD)).toContain("error=RateLimited");
  } finally {
    await attacker.dispose();
  }
});

test("the API's rate limit counts the requests made to both instances together", async () => {
  const remaining: (string | null)[] = [];
  for (let i = 0; i < API_LIMIT; i++) {
    const response = await fetch(`${i % 2 ? b() : a()}/api/v1/agreements`, { headers: { "x-forwarded-for": "203.0.113.77" } });
    expect(response.status).toBe(200);
    remaining.push(response.headers.get("ratelimit-remaining"));
  }
  expect(remaining).toEqual(Array.from({ length: API_LIMIT }, (_, i) => String(API_LIMIT - 1 - i)));
  for (const base of [a(), b(), proxyUrl]) {
    const refused = await fetch(`${base}/api/v1/agreements`, { headers: { "x-forwarded-for": "203.0.113.77" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  }
});

test("each notification email is sent once, though both instances run a worker", async () => {
  const db = new pg.Client({ connectionString: database!.url });
  await db.connect();
  try {
    await db.query(`
      INSERT INTO "Notification" ("id", "userId", "kind", "messageKey", "messageValues", "link", "dedupeKey", "emailStatus")
      SELECT 'instances-' || g, u."id", 'COMMENT', 'comment', jsonb_build_object('author', 'Ana', 'target', 'Seen by two workers ' || g, 'excerpt', 'Someone commented.'), '/programs', 'instances:' || g, 'PENDING'
      FROM "User" u, generate_series(1, 3) g WHERE u."email" = 'analyst@demo.test'`);
  } finally {
    await db.end();
  }
  // Sweeps now rather than at the next minute: several, as both schedules might ask for.
  const boss = new PgBoss({ connectionString: database!.url, supervise: false, schedule: false });
  await boss.start();
  try {
    for (let i = 0; i < 4; i++) await boss.send("notification-email-sweep", {});
  } finally {
    await boss.stop({ graceful: false });
  }
  const ours = () => inbox!.received.filter((mail) => mail.subject.includes("Seen by two workers"));
  await expect.poll(() => ours().length, { timeout: 30_000 }).toBe(3);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(ours().map((mail) => mail.subject).sort()).toEqual([1, 2, 3].map((g) => expect.stringContaining(`Seen by two workers ${g}`)));
});

test("both instances show the same dashboard figures, computed at the same moment", async () => {
  const computedAt = async (base: string) => {
    const html = await (await fetch(`${base}/dashboard`)).text();
    return /<time dateTime="([^"]+)"/i.exec(html)?.[1];
  };
  const first = await computedAt(a());
  expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  // Each instance computing its own would give another moment, to the millisecond.
  expect(await computedAt(b())).toBe(first);
  expect(await computedAt(proxyUrl)).toBe(first);
});

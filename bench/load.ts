// The load benchmark: builds and starts the production server on the benchmark database that
// `npm run bench:data` filled, drives its main routes with autocannon, and writes a report with
// throughput, latency percentiles, errors, the server's peak memory and the SQL statements per
// request, beside the targets. It reports numbers and asserts nothing.
//
//   npm run bench:data -- --programs 20000 && npm run bench
//   npm run bench -- --growth              also at 2,000 and 20,000 programs (reloads lct_bench)
//   npm run bench -- --growth --with-200k  and at 200,000 (long)
//   options: --seconds 10 (per measurement), --skip-build, --port 3100
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { BENCH_DATA_DIR, BENCH_PORT } from "@/bench/bench-database";
import { hashToken, generateToken } from "@/lib/platform/api-tokens/token-hash";
import { hashPassword } from "@/lib/platform/auth/password";
import { startEmbeddedPostgres } from "@/lib/platform/db/embedded";
import { PROJECT_ROOT } from "@/lib/platform/db/migrate";
import { measureRoute, measureStream, QueryCounter, type RouteResult, type StreamResult } from "./load/measure";
import { evaluateTargets, writeReport, type Report, type SizeReport } from "./load/report";
import { buildApp, run, startApp } from "./load/server";

const say = (line: string) => process.stderr.write(`${line}\n`);

const USAGE = "Usage: npm run bench -- [--seconds 10] [--skip-build] [--port 3100] [--growth [--with-200k]]";
let options: { seconds: number; skipBuild: boolean; port: number; growth: boolean; with200k: boolean };
try {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "10" },
      "skip-build": { type: "boolean", default: false },
      port: { type: "string", default: "3100" },
      growth: { type: "boolean", default: false },
      "with-200k": { type: "boolean", default: false },
    },
  });
  options = { seconds: Number(values.seconds), skipBuild: values["skip-build"], port: Number(values.port), growth: values.growth, with200k: values["with-200k"] };
  if (!Number.isInteger(options.seconds) || options.seconds < 1 || !Number.isInteger(options.port) || options.port < 1 || options.port > 65535) throw new Error("bad numbers");
} catch (error) {
  say(`${error instanceof Error && error.message !== "bad numbers" ? `${error.message}\n` : ""}${USAGE}`);
  process.exit(1);
}

const DATABASE = "lct_bench";
/** The heap the exports must stream within to count as flat: far below either file's size. */
const FLAT_HEAP_MB = 128;
const BENCH_EMAIL = "bench.analyst@bench.test";
const BENCH_PASSWORD = randomBytes(18).toString("base64url");

/** The routes driven under load, signed in as an analyst (who reads every program, drafts too). */
const ROUTES = [
  { key: "health", name: "GET /api/health (the framework's ceiling)", path: "/api/health", auth: "none" },
  { key: "programList", name: "GET /programs, filtered and searched", path: "/programs?type=TECHNICAL_COOPERATION&q=labour%20inspection", auth: "session" },
  { key: "programDetail", name: "GET /programs/{id}", path: "/programs/{programId}", auth: "session" },
  { key: "dashboard", name: "GET /dashboard", path: "/dashboard", auth: "session" },
  { key: "apiPrograms", name: "GET /api/v1/programs (a page of 25)", path: "/api/v1/programs", auth: "token" },
] as const;
type RouteKey = (typeof ROUTES)[number]["key"];

/** The same lists with other page sizes: statements per request must not depend on them. */
const PAGE_SIZES = [
  { key: "apiPrograms", sizes: [10, 100], path: (limit: number) => `/api/v1/programs?limit=${limit}`, auth: "token" },
  { key: "programList", sizes: [10, 100], path: (limit: number) => `/programs?type=TECHNICAL_COOPERATION&q=labour%20inspection&limit=${limit}`, auth: "session" },
] as const;

async function openServer() {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { url: Object.assign(new URL(external), { pathname: `/${DATABASE}` }).toString(), stop: async () => {} };
  // pg_stat_statements counts the statements each route runs; transaction control is left out.
  const server = await startEmbeddedPostgres({
    dataDir: BENCH_DATA_DIR,
    port: BENCH_PORT,
    settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track_utility": "off", "pg_stat_statements.max": "10000" },
  });
  return { url: Object.assign(new URL(server.url), { pathname: `/${DATABASE}` }).toString(), stop: server.stop };
}

/** The volumes, a typical program to open, and a signed-in analyst with an API token. */
async function prepare(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: unknown) => {
    throw new Error(`Cannot open ${DATABASE} (${error instanceof Error ? error.message : String(error)}). Fill it first: npm run bench:data -- --programs 20000`);
  });
  try {
    const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    const volumes = { programs: await count("CooperationProgram"), transactions: await count("Transaction"), indicators: await count("Indicator"), auditEvents: await count("AuditEvent") };
    if (!volumes.programs) throw new Error(`${DATABASE} has no programs. Fill it first: npm run bench:data -- --programs 20000`);
    // A published program with a typical amount of data: the median number of transactions.
    const program = (
      await client.query<{ id: string }>(
        `WITH counted AS (SELECT p."id", count(t."id") AS n FROM "CooperationProgram" p LEFT JOIN "Transaction" t ON t."programId" = p."id"
          WHERE p."visibility" = 'PUBLISHED' GROUP BY p."id")
         SELECT "id" FROM counted ORDER BY abs(n - (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM counted)), "id" LIMIT 1`,
      )
    ).rows[0]!.id;
    const organisation = (await client.query<{ id: string }>(`SELECT "id" FROM "Organisation" WHERE "kind" = 'OTHER' ORDER BY "id" LIMIT 1`)).rows[0]?.id
      ?? (await client.query<{ id: string }>(`SELECT "id" FROM "Organisation" ORDER BY "id" LIMIT 1`)).rows[0]!.id;
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const user = (
      await client.query<{ id: string }>(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "organisationId", "updatedAt") VALUES ($1, $2, 'Bench Analyst', $3, 'ANALYST', $4, now())
         ON CONFLICT ("email") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "disabled" = false RETURNING "id"`,
        [`bench-analyst-${randomBytes(6).toString("hex")}`, BENCH_EMAIL, passwordHash, organisation],
      )
    ).rows[0]!.id;
    const token = generateToken();
    await client.query(`INSERT INTO "ApiToken" ("id", "userId", "name", "prefix", "tokenHash") VALUES ($1, $2, 'bench', $3, $4)`, [`bench-token-${randomBytes(6).toString("hex")}`, user, token.slice(0, 12), hashToken(token)]);
    await client.query(`DELETE FROM "SignInThrottle"`).catch(() => undefined);
    return { volumes, programId: program, token };
  } finally {
    await client.end();
  }
}

/** Signs in through next-auth's credentials flow, as the sign-in form does; the session cookie. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email: BENCH_EMAIL, password: BENCH_PASSWORD, callbackUrl: base, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!).find((cookie) => /session-token=/.test(cookie));
  if (!session) throw new Error(`Signing in as ${BENCH_EMAIL} failed (status ${response.status}).`);
  return session;
}

/** Measures every route at concurrency 1 and 10, the page sizes, and the two exports, at the data the database holds. */
async function measureSize(build: boolean): Promise<SizeReport> {
  const database = await openServer();
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const counter = await QueryCounter.open(database.url).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  try {
    const { volumes, programId, token } = await prepare(database.url);
    say(`\n${volumes.programs.toLocaleString("en")} programs, ${volumes.transactions.toLocaleString("en")} transactions.`);
    if (build) {
      say("Building the production server (next build)…");
      await buildApp();
    }
    const serverEnv = {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
      LOG_LEVEL: "warn",
    };
    app = await startApp(options.port, serverEnv);
    const headersFor = async () => ({ none: {}, session: { cookie: await signIn(app!.url) }, token: { authorization: `Bearer ${token}` } });
    const headers = await headersFor();

    const routes: Record<RouteKey, { name: string; path: string; runs: RouteResult[] }> = {} as never;
    for (const route of ROUTES) {
      const pathname = route.path.replace("{programId}", programId);
      routes[route.key] = { name: route.name, path: pathname, runs: [] };
      for (const connections of [1, 10]) {
        say(`  ${route.name} at concurrency ${connections}…`);
        const result = await measureRoute(`${app.url}${pathname}`, { connections, seconds: options.seconds, headers: headers[route.auth], serverPid: app.pid, counter });
        say(`    ${result.requestsPerSecond} req/s, p95 ${result.latencyMs.p95} ms, ${result.queriesPerRequest ?? "?"} statements/request, ${result.errors} errors`);
        routes[route.key].runs.push(result);
      }
    }
    const pageSizes: SizeReport["pageSizes"] = [];
    for (const list of PAGE_SIZES) {
      for (const limit of list.sizes) {
        const result = await measureRoute(`${app.url}${list.path(limit)}`, { connections: 1, seconds: Math.min(5, options.seconds), headers: headers[list.auth], serverPid: app.pid, counter });
        pageSizes.push({ route: list.key, limit, queriesPerRequest: result.queriesPerRequest, p95: result.latencyMs.p95 });
      }
    }
    // Each export on a server started afresh, so that its memory is the export's, not what the load left.
    const restart = async () => {
      await app!.stop();
      app = await startApp(options.port, serverEnv);
      return app;
    };
    say("  CSV of all transactions…");
    const csvServer = await restart();
    const csv: StreamResult = await measureStream(`${csvServer.url}/api/v1/exports/transactions?format=csv`, { headers: headers.token, serverPid: csvServer.pid, counter });
    say(`    ${csv.seconds} s, ${(csv.lines - 1).toLocaleString("en")} rows, peak ${csv.peakRssMb} MB`);
    say("  IATI export of all programs…");
    const iatiServer = await restart();
    const iati: StreamResult = await measureStream(`${iatiServer.url}/api/v1/iati/activities.xml`, { headers: headers.token, serverPid: iatiServer.pid, counter });
    say(`    ${iati.seconds} s, ${(iati.bytes / 1024 / 1024).toFixed(0)} MB of XML, peak ${iati.peakRssMb} MB`);

    // Flat memory: both exports again on a server whose JavaScript heap is capped far below the
    // size of the files. An export that held its rows would run out of memory and break off.
    say(`  Both exports on a server with its heap capped at ${FLAT_HEAP_MB} MB…`);
    await app.stop();
    app = await startApp(options.port, { ...serverEnv, NODE_OPTIONS: `--max-old-space-size=${FLAT_HEAP_MB}` });
    const cappedCsv = await measureStream(`${app.url}/api/v1/exports/transactions?format=csv`, { headers: headers.token, serverPid: app.pid, counter });
    const cappedIati = await measureStream(`${app.url}/api/v1/iati/activities.xml`, { headers: headers.token, serverPid: app.pid, counter });
    const complete = (result: StreamResult, full: StreamResult) => result.status === 200 && result.bytes === full.bytes;
    const flat = { heapLimitMb: FLAT_HEAP_MB, transactionsCsv: { complete: complete(cappedCsv, csv), ...cappedCsv }, iatiActivities: { complete: complete(cappedIati, iati), ...cappedIati } };
    say(`    CSV ${flat.transactionsCsv.complete ? "complete" : "broken off"} (${cappedCsv.seconds} s, peak ${cappedCsv.peakRssMb} MB), IATI ${flat.iatiActivities.complete ? "complete" : "broken off"} (${cappedIati.seconds} s, peak ${cappedIati.peakRssMb} MB)`);
    return { volumes, programId, routes, pageSizes, exports: { transactionsCsv: csv, iatiActivities: iati }, flat, queryCounts: counter.available };
  } finally {
    await app?.stop();
    await counter.close();
    await database.stop();
  }
}

const started = new Date();
const sizes: SizeReport[] = [];
let stopped: string | undefined;
try {
  if (options.growth) {
    const steps = [2_000, 20_000, ...(options.with200k ? [200_000] : [])];
    for (const [index, programs] of steps.entries()) {
      say(`\nFilling ${DATABASE} with ${programs.toLocaleString("en")} programs…`);
      await run(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/bench-data.ts", "--programs", String(programs)]);
      sizes.push(await measureSize(index === 0 && !options.skipBuild));
    }
  } else {
    sizes.push(await measureSize(!options.skipBuild));
  }
} catch (error) {
  stopped = error instanceof Error ? error.message : String(error);
  say(`\nThe benchmark stopped: ${stopped}`);
  // A long growth run keeps what it measured before the step that failed.
  if (!sizes.length) process.exit(1);
}

const report: Report = {
  startedAt: started.toISOString(),
  finishedAt: new Date().toISOString(),
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  secondsPerMeasurement: options.seconds,
  sizes,
  targets: evaluateTargets(sizes),
  ...(stopped ? { stopped } : {}),
};
const files = writeReport(report, path.join(PROJECT_ROOT, "bench", "results"));
say(`\nReport: ${files.map((file) => path.relative(process.cwd(), file)).join(", ")}`);
process.stdout.write(fs.readFileSync(files.find((file) => file.endsWith(".md"))!, "utf8"));
// The embedded server's exit hook would otherwise keep the exit status at 0 whatever happened.
process.exit(stopped ? 1 : 0);

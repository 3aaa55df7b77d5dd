// The load benchmark: builds and starts the production server on the benchmark database that
// `npm run bench:data` filled, drives its main routes with autocannon, and writes a report with
// throughput, latency percentiles, errors, the server's peak memory and the SQL statements per
// request, beside the targets; the main routes again with N server processes; what each page
// weighs (HTML, RSC payload, JavaScript) and Lighthouse's mobile Web Vitals; and, in a separate
// pass so the profiler does not slow the timed runs, where each route's server CPU goes. It
// reports numbers and asserts nothing.
//
//   npm run bench:data -- --programs 20000 && npm run bench
//   npm run bench -- --growth              also at 2,000 and 20,000 programs (reloads lct_bench)
//   npm run bench -- --growth --with-200k  and at 200,000 (long)
//   options: --seconds 10 (per measurement), --skip-build, --port 3100, --processes N (default:
//   the machine's cores; 1 skips the comparison), --lighthouse-runs 5 (0 skips Lighthouse),
//   --skip-profile
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "@/lib/platform/db/migrate";
import { measureRoute, measureStream, QueryCounter, type StreamResult } from "./load/measure";
import { measurePages } from "./load/pages";
import { profileRoutes } from "./load/profile";
import { writeReport, type Report, type RunsByRoute, type SizeReport } from "./load/report";
import { ANONYMOUS, MAIN_ROUTES, PAGE_SIZES, PROFILED_ROUTES, PUBLIC_PAGES, ROUTES, routePath } from "./load/routes";
import { buildApp, run, startApp, type AppServer } from "./load/server";
import { DATABASE, openServer, prepare, signIn } from "./load/session";
import { evaluateTargets } from "./load/targets";

const say = (line: string) => process.stderr.write(`${line}\n`);

const USAGE = "Usage: npm run bench -- [--seconds 10] [--skip-build] [--port 3100] [--processes N] [--lighthouse-runs 5] [--skip-profile] [--growth [--with-200k]]";
let options: { seconds: number; skipBuild: boolean; port: number; growth: boolean; with200k: boolean; processes: number; lighthouseRuns: number; profile: boolean };
try {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "10" },
      "skip-build": { type: "boolean", default: false },
      port: { type: "string", default: "3100" },
      growth: { type: "boolean", default: false },
      "with-200k": { type: "boolean", default: false },
      processes: { type: "string", default: String(os.availableParallelism()) },
      "lighthouse-runs": { type: "string", default: "5" },
      "skip-profile": { type: "boolean", default: false },
    },
  });
  options = {
    seconds: Number(values.seconds), skipBuild: values["skip-build"], port: Number(values.port), growth: values.growth, with200k: values["with-200k"],
    processes: Number(values.processes), lighthouseRuns: Number(values["lighthouse-runs"]), profile: !values["skip-profile"],
  };
  const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  if (!whole(options.seconds, 1, 3600) || !whole(options.port, 1, 65535) || !whole(options.processes, 1, 64) || !whole(options.lighthouseRuns, 0, 9)) throw new Error("bad numbers");
} catch (error) {
  say(`${error instanceof Error && error.message !== "bad numbers" ? `${error.message}\n` : ""}${USAGE}`);
  process.exit(1);
}

/** The heap the exports must stream within to count as flat: far below either file's size. */
const FLAT_HEAP_MB = 128;
/** Chromium's DevTools port for Lighthouse: next to the server's, so that parallel runs on other ports do not meet. */
const debuggingPort = () => options.port + 1000;

/** Drives each route at its concurrencies on `base`; the runs by route. */
async function measureRoutes(base: string, keys: readonly string[] | null, only: number | null, context: MeasureContext): Promise<RunsByRoute> {
  const routes: RunsByRoute = {};
  for (const route of ROUTES) {
    if (keys && !keys.includes(route.key)) continue;
    const pathname = routePath(route.path, context.programId);
    routes[route.key] = { name: route.name, path: pathname, runs: [] };
    for (const connections of only ? [only] : route.connections) {
      say(`  ${route.name} at concurrency ${connections}…`);
      const result = await measureRoute(`${base}${pathname}`, { connections, seconds: options.seconds, headers: context.headers[route.auth], serverPid: context.pid(), counter: context.counter, status: route.status });
      const cache = result.cache ? `, X-Cache hits ${result.cache.hits}/${result.cache.answers}` : "";
      say(`    ${result.requestsPerSecond} req/s, p95 ${result.latencyMs.p95} ms, ${result.queriesPerRequest ?? "?"} statements/request, ${result.errors} errors${cache}`);
      routes[route.key]!.runs.push(result);
    }
  }
  return routes;
}

/**
 * Each export on a server started afresh, so that its memory is the export's, not what the load
 * left; then both on a server whose JavaScript heap is capped far below the size of the files: an
 * export that held its rows would run out of memory and break off.
 */
async function measureExports(restart: (env: Record<string, string>) => Promise<AppServer>, serverEnv: Record<string, string>, headers: Record<string, string>, counter: QueryCounter) {
  say("  CSV of all transactions…");
  const csvServer = await restart(serverEnv);
  const csv: StreamResult = await measureStream(`${csvServer.url}/api/v1/exports/transactions?format=csv`, { headers, serverPid: csvServer.pid, counter });
  say(`    ${csv.seconds} s, ${(csv.lines - 1).toLocaleString("en")} rows, peak ${csv.peakRssMb} MB`);
  say("  IATI export of all programs…");
  const iatiServer = await restart(serverEnv);
  const iati: StreamResult = await measureStream(`${iatiServer.url}/api/v1/iati/activities.xml`, { headers, serverPid: iatiServer.pid, counter });
  say(`    ${iati.seconds} s, ${(iati.bytes / 1024 / 1024).toFixed(0)} MB of XML, peak ${iati.peakRssMb} MB`);
  say(`  Both exports on a server with its heap capped at ${FLAT_HEAP_MB} MB…`);
  const capped = await restart({ ...serverEnv, NODE_OPTIONS: `--max-old-space-size=${FLAT_HEAP_MB}` });
  const cappedCsv = await measureStream(`${capped.url}/api/v1/exports/transactions?format=csv`, { headers, serverPid: capped.pid, counter });
  const cappedIati = await measureStream(`${capped.url}/api/v1/iati/activities.xml`, { headers, serverPid: capped.pid, counter });
  const complete = (result: StreamResult, full: StreamResult) => result.status === 200 && result.bytes === full.bytes;
  const flat = { heapLimitMb: FLAT_HEAP_MB, transactionsCsv: { complete: complete(cappedCsv, csv), ...cappedCsv }, iatiActivities: { complete: complete(cappedIati, iati), ...cappedIati } };
  say(`    CSV ${flat.transactionsCsv.complete ? "complete" : "broken off"} (${cappedCsv.seconds} s, peak ${cappedCsv.peakRssMb} MB), IATI ${flat.iatiActivities.complete ? "complete" : "broken off"} (${cappedIati.seconds} s, peak ${cappedIati.peakRssMb} MB)`);
  return { csv, iati, flat };
}

type MeasureContext = { programId: string; headers: Record<"none" | "session" | "token", Record<string, string>>; pid: () => number; counter: QueryCounter };

/**
 * Measures every route, the page sizes and the two exports at the data the database holds; with
 * `extras`, also the pages' weight and Lighthouse, the main routes with N processes, and the profiles.
 */
async function measureSize(build: boolean, extras: boolean): Promise<SizeReport> {
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
      // Throughput is what is measured: one token's 600 requests a minute would turn the rest into 429s.
      API_RATE_LIMIT: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    app = await startApp(options.port, serverEnv);
    const headers = { none: {}, session: { cookie: await signIn(app.url) }, token: { authorization: `Bearer ${token}` } };
    const context: MeasureContext = { programId, headers, pid: () => app!.pid, counter };
    const routes = await measureRoutes(app.url, null, null, context);
    const pageSizes: SizeReport["pageSizes"] = [];
    for (const list of PAGE_SIZES) {
      for (const limit of list.sizes) {
        const result = await measureRoute(`${app.url}${list.path(limit)}`, { connections: 1, seconds: Math.min(5, options.seconds), headers: headers[list.auth], serverPid: app.pid, counter });
        pageSizes.push({ route: list.key, limit, queriesPerRequest: result.queriesPerRequest, p95: result.latencyMs.p95 });
      }
    }
    const base = app.url;
    const pages = extras
      ? await measurePages(
          {
            payloadPages: ROUTES.filter((route) => route.page).map((route) => ({ key: route.key, url: `${base}${routePath(route.path, programId)}`, headers: headers[route.auth] })),
            publicPages: PUBLIC_PAGES.map((page) => ({ key: page.key, url: `${base}${routePath(page.path, programId)}`, headers: {} })),
            anonymousPages: ROUTES.filter((route) => (ANONYMOUS as readonly string[]).includes(route.key)).map((route) => ({ key: route.key, url: `${base}${routePath(route.path, programId)}`, headers: {} })),
          },
          { lighthouseRuns: options.lighthouseRuns, debuggingPort: debuggingPort(), say },
        )
      : undefined;

    const restart = async (env: Record<string, string>) => {
      await app!.stop();
      app = await startApp(options.port, env);
      return app;
    };
    const { csv, iati, flat } = await measureExports(restart, serverEnv, headers.token, counter);

    let processes: SizeReport["processes"];
    if (extras && options.processes > 1) {
      say(`  The main routes with ${options.processes} server processes (WEB_CONCURRENCY=${options.processes}), concurrency 10…`);
      const many = await restart({ ...serverEnv, WEB_CONCURRENCY: String(options.processes) });
      processes = { count: options.processes, routes: await measureRoutes(many.url, MAIN_ROUTES, 10, context) };
    }
    await app.stop();
    app = undefined;
    const profiles = extras && options.profile
      ? await profileRoutes(
          PROFILED_ROUTES.map((key) => {
            const route = ROUTES.find((candidate) => candidate.key === key)!;
            return { key, url: (server: string) => `${server}${routePath(route.path, programId)}`, headers: headers[route.auth] };
          }),
          { port: options.port, env: serverEnv, seconds: Math.min(options.seconds, 5), say },
        )
      : undefined;
    return { volumes, programId, routes, pageSizes, exports: { transactionsCsv: csv, iatiActivities: iati }, flat, queryCounts: counter.available, pages, processes, profiles };
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
      // The pages, processes and profiles at the size the targets are read at only: they take long.
      sizes.push(await measureSize(index === 0 && !options.skipBuild, programs === 20_000));
    }
  } else {
    sizes.push(await measureSize(!options.skipBuild, true));
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
  processes: options.processes,
  sizes,
  targets: evaluateTargets(sizes),
  ...(stopped ? { stopped } : {}),
};
const files = writeReport(report, path.join(PROJECT_ROOT, "bench", "results"));
say(`\nReport: ${files.map((file) => path.relative(process.cwd(), file)).join(", ")}`);
process.stdout.write(fs.readFileSync(files.find((file) => file.endsWith(".md"))!, "utf8"));
// The embedded server's exit hook would otherwise keep the exit status at 0 whatever happened.
process.exit(stopped ? 1 : 0);

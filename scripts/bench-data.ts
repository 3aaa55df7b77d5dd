// Fills the benchmark database, lct_bench, with a synthetic register of N cooperation programs
// (20,000 by default) and everything that hangs off them: about 25 transactions, 3 indicators with
// 4 reporting periods, 2 events and 20 audit events per program, and a plan for one in ten.
//
//   npm run bench:data -- --programs 20000 [--seed 1]
//
// The data is deterministic: the same seed gives the same rows, ids included. The database lives on
// the embedded PostgreSQL under .data/bench (never the demo database's server), or on the server at
// BENCH_DATABASE_URL; it is dropped and created again, with the app's migrations and indexes, on
// every run. The embedded server is stopped at the end, and .data/bench/lct_bench.json records the
// volumes for the benchmarks that read the database afterwards.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { BENCH_DATA_DIR, createBenchDatabase } from "@/bench/bench-database";
import { addProgram } from "@/bench/data/program";
import { emptyRows, TABLES, writeRows, type Rows, type TableKey } from "@/bench/data/tables";
import { buildWorld } from "@/bench/data/world";
import { DatabaseSetupError } from "@/lib/platform/db/errors";

const DATABASE = "lct_bench";
const SUMMARY_FILE = path.join(BENCH_DATA_DIR, `${DATABASE}.json`);
/** Programs generated and written per transaction: about 17,000 rows, a few MB of memory. */
const BATCH = 250;
/** Two connections, so that one batch is generated while the other is being written. */
const WRITERS = 2;

const USAGE = "Usage: npm run bench:data -- --programs <positive integer, e.g. 20000> [--seed <integer ≥ 0>]";
const say = (line: string) => process.stderr.write(`${line}\n`);
const print = (line: string) => process.stdout.write(`${line}\n`);
const format = (n: number) => Math.round(n).toLocaleString("en");

function readOptions(): { programs: number; seed: number } {
  let values: { programs?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { programs: { type: "string", default: "20000" }, seed: { type: "string", default: "1" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    say(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
  if (values.help) {
    print(USAGE);
    process.exit(0);
  }
  const programs = /^\d+$/.test(values.programs ?? "") ? Number(values.programs) : NaN;
  const seed = /^\d+$/.test(values.seed ?? "") ? Number(values.seed) : NaN;
  if (!Number.isSafeInteger(programs) || programs < 1) {
    say(`--programs must be a positive whole number, not "${values.programs}".\n${USAGE}`);
    process.exit(1);
  }
  if (!Number.isSafeInteger(seed) || seed > 0xffffffff) {
    say(`--seed must be a whole number from 0 to 4294967295, not "${values.seed}".\n${USAGE}`);
    process.exit(1);
  }
  return { programs, seed };
}

const written = Object.fromEntries(Object.keys(TABLES).map((key) => [key, 0])) as Record<TableKey, number>;
const total = () => Object.values(written).reduce((sum, n) => sum + n, 0);

async function writeBatch(client: pg.Client, rows: Rows) {
  await client.query("BEGIN");
  try {
    const counts = await writeRows(client, rows);
    await client.query("COMMIT");
    for (const [key, n] of Object.entries(counts) as [TableKey, number][]) written[key] += n;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

/** Writes the reference rows, then the programs batch by batch on WRITERS connections. */
async function fill(url: string, programs: number, seed: number) {
  const { world, rows } = buildWorld();
  const clients = Array.from({ length: WRITERS }, () => new pg.Client({ connectionString: url }));
  try {
    await Promise.all(clients.map((client) => client.connect()));
    await writeBatch(clients[0]!, rows);

    const started = performance.now();
    let next = 0;
    let done = 0;
    let failure: unknown = null;
    const writer = async (client: pg.Client) => {
      while (next < programs && failure === null) {
        const from = next;
        next = Math.min(programs, from + BATCH);
        const batch = emptyRows();
        for (let n = from; n < next; n += 1) addProgram(world, seed, n, batch);
        try {
          await writeBatch(client, batch);
        } catch (error) {
          failure ??= error;
          return;
        }
        const before = done;
        done += batch.programs.length;
        if (Math.floor(done / 1000) > Math.floor(before / 1000) || done === programs) {
          const seconds = (performance.now() - started) / 1000;
          say(`  ${format(done)} / ${format(programs)} programs, ${format(total())} rows, ${format(total() / seconds)} rows/s`);
        }
      }
    };
    await Promise.all(clients.map(writer));
    if (failure !== null) throw failure;

    const analyzing = performance.now();
    await clients[0]!.query("ANALYZE");
    return { loadSeconds: (analyzing - started) / 1000, analyzeSeconds: (performance.now() - analyzing) / 1000 };
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

const { programs, seed } = readOptions();
const started = performance.now();
// A summary left by an earlier run must not describe a database this run is about to replace.
fs.rmSync(SUMMARY_FILE, { force: true });
say(`Creating ${DATABASE} (migrations and reference data)…`);
let database: Awaited<ReturnType<typeof createBenchDatabase>>;
try {
  database = await createBenchDatabase(DATABASE);
} catch (error) {
  say(error instanceof DatabaseSetupError ? error.message : `Could not create ${DATABASE}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
const setupSeconds = (performance.now() - started) / 1000;

// The embedded server is stopped however the run ends.
let failed = false;
try {
  say(`Generating ${format(programs)} programs (seed ${seed}) in batches of ${BATCH} on ${WRITERS} connections…`);
  const { loadSeconds, analyzeSeconds } = await fill(database.url, programs, seed);
  const seconds = (performance.now() - started) / 1000;

  print(`\n${DATABASE}: ${format(programs)} programs, seed ${seed}\n`);
  print(`  ${"table".padEnd(20)} ${"rows".padStart(11)}`);
  for (const [key, spec] of Object.entries(TABLES) as [TableKey, { name: string }][]) print(`  ${spec.name.padEnd(20)} ${format(written[key]).padStart(11)}`);
  print(`  ${"total".padEnd(20)} ${format(total()).padStart(11)}\n`);
  print(`  setup (database, migrations, reference data) ${setupSeconds.toFixed(1)} s`);
  print(`  load ${loadSeconds.toFixed(1)} s, ${format(total() / loadSeconds)} rows/s`);
  print(`  ANALYZE ${analyzeSeconds.toFixed(1)} s`);
  print(`  total ${seconds.toFixed(1)} s, ${format(total() / seconds)} rows/s overall`);
  print(`  peak memory of this process (RSS) ${format(process.resourceUsage().maxRSS / 1024)} MB`);

  fs.mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const summary = {
    programs: written.programs, transactions: written.transactions, indicators: written.indicators, periods: written.periods, events: written.events,
    plans: written.plans, measures: written.measures, auditEvents: written.auditEvents, organisations: written.organisations, agreements: written.agreements,
    generatedAt: new Date().toISOString(), seconds: Math.round(seconds * 10) / 10, seed, rows: total(), tables: written,
  };
  fs.writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  print(`  volumes written to ${path.relative(process.cwd(), SUMMARY_FILE)}`);
} catch (error) {
  say(`Filling ${DATABASE} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  failed = true;
} finally {
  await database.stop();
}
if (failed) process.exit(1);

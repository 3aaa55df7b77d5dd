// How the program list behaves at scale: fills a database of its own with N programs (20,000 by
// default), then times the list's queries as the app runs them (filters, text search, deep pages,
// every scope) and the CSV export of the whole register. It reports numbers; it asserts nothing.
//
//   npm run bench:programs -- --programs 20000
//
// The database, lct_bench_programs, lives on an embedded PostgreSQL under .data/bench (never the
// demo database's server), or on the server at BENCH_DATABASE_URL. It is created anew on every run.
import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { LabourTopic, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { createBenchDatabase } from "./bench-database";

/** The report goes to standard output, line by line. */
const print = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({ options: { programs: { type: "string", default: "20000" }, runs: { type: "string", default: "30" } } });
const PROGRAMS = Number(values.programs);
const RUNS = Number(values.runs);
if (!Number.isInteger(PROGRAMS) || PROGRAMS < 1 || !Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write("Usage: npm run bench:programs -- --programs 20000 [--runs 30]\n");
  process.exit(1);
}

// A database of its own, dropped and created again on every run (with migrations and reference data).
const server = await createBenchDatabase("lct_bench_programs");
const url = server.url;
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.LOG_LEVEL ??= "warn";

const db = createPrismaClient(url, { poolSize: 4 });

// The embedded server is stopped however the run ends.
try {
  // ───────────────────────────── Data ─────────────────────────────

  const WORDS = [
    "labour", "inspection", "child", "forced", "wages", "safety", "health", "migrant", "workers", "dialogue", "bargaining",
    "association", "informal", "employment", "training", "capacity", "justice", "reform", "survey", "statistics", "gender",
    "discrimination", "agriculture", "garment", "mining", "fisheries", "ports", "unions", "employers", "tripartite",
    "grievance", "mechanism", "compliance", "supply", "chains", "monitoring", "evaluation", "legislation", "courts", "registry",
  ];
  const pick = <T>(list: readonly T[], index: number) => list[index % list.length]!;
  const words = (seed: number, count: number) => Array.from({ length: count }, (_, index) => pick(WORDS, seed * 7 + index * 13 + (seed % 11))).join(" ");

  async function fill() {
    const parties = [["MX", "US", "CA"], ["CL", "US"], ["VN", "EU"], ["CO", "US"], ["GT", "HN", "SV", "DO", "CR", "NI", "US"]];
    const agreements = parties.map((countries, index) => ({ id: randomUUID(), countries, shortName: `AGR-${index}`, title: `Agreement ${index}` }));
    await db.agreement.createMany({ data: agreements.map(({ id, shortName, title }) => ({ id, shortName, title, kind: "REGIONAL" as const, status: "IN_FORCE" as const })) });
    await db.agreementParty.createMany({ data: agreements.flatMap((agreement) => agreement.countries.map((countryCode) => ({ agreementId: agreement.id, countryCode }))) });
    const countries = [...new Set(parties.flat())];
    const organisations = countries.flatMap((countryCode) =>
      (["GOVERNMENT_MINISTRY", "WORKERS_ORGANISATION", "EMPLOYERS_ORGANISATION", "NGO"] as const).map((kind) => ({ id: randomUUID(), name: `${kind} ${countryCode}`, kind, countryCode })),
    );
    await db.organisation.createMany({ data: organisations });

    const started = performance.now();
    const BATCH = 1000;
    for (let offset = 0; offset < PROGRAMS; offset += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, PROGRAMS - offset) }, (_, index) => {
        const n = offset + index;
        const agreement = pick(agreements, n);
        const start = new Date(Date.UTC(1995 + (n % 32), n % 12, 1 + (n % 28)));
        const ministries = organisations.filter((organisation) => organisation.kind === "GOVERNMENT_MINISTRY" && agreement.countries.includes(organisation.countryCode));
        return {
          id: randomUUID(),
          agreementId: agreement.id,
          reportingOrganisationId: pick(ministries, n).id,
          identifier: `XX-BENCH-${n}`,
          title: `${words(n, 4)} ${n}`,
          summary: words(n + 1, 40),
          objectives: words(n + 2, 25),
          type: pick(Object.values(ProgramType), n),
          status: pick(Object.values(ProgramStatus), n >> 2),
          topics: [pick(Object.values(LabourTopic), n), pick(Object.values(LabourTopic), n >> 3)].filter((topic, at, all) => all.indexOf(topic) === at),
          plannedStart: start,
          plannedEnd: new Date(start.getTime() + (365 + (n % 1000)) * 86_400_000),
          currencyCode: "USD",
          visibility: n % 5 === 0 ? ("DRAFT" as const) : ("PUBLISHED" as const),
          countries: agreement.countries,
        };
      });
      await db.cooperationProgram.createMany({ data: rows.map(({ countries: _countries, ...row }) => row) });
      await db.programCountry.createMany({ data: rows.map((row, index) => ({ programId: row.id, countryCode: pick(row.countries, index) })) });
      await db.participant.createMany({
        data: rows.flatMap((row, index) => {
          const own = organisations.filter((organisation) => row.countries.includes(organisation.countryCode));
          return [
            { programId: row.id, organisationId: pick(own.filter((organisation) => organisation.kind === "GOVERNMENT_MINISTRY"), index).id, role: "ACCOUNTABLE" as const },
            { programId: row.id, organisationId: pick(own.filter((organisation) => organisation.kind !== "GOVERNMENT_MINISTRY"), index).id, role: "CONSULTED" as const },
          ];
        }),
      });
      process.stdout.write(`\r  ${Math.min(offset + BATCH, PROGRAMS).toLocaleString("en")} / ${PROGRAMS.toLocaleString("en")} programs`);
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`\n  loaded in ${seconds.toFixed(1)} s (${Math.round(PROGRAMS / seconds).toLocaleString("en")} programs/s)\n`);
    await db.$executeRawUnsafe("ANALYZE");
    return { organisations, agreements };
  }

  // ───────────────────────────── Timing ─────────────────────────────

  function summary(samples: number[]) {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
    return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
  }

  async function time(label: string, task: () => Promise<unknown>) {
    for (let warm = 0; warm < 3; warm += 1) await task();
    const samples: number[] = [];
    let size = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const result = (await task()) as { data?: unknown[]; total?: number | null };
      samples.push(performance.now() - started);
      size = result?.total ?? result?.data?.length ?? 0;
    }
    const { p50, p95, max } = summary(samples);
    print(`  ${label.padEnd(58)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${max.toFixed(1).padStart(7)}   ${size.toLocaleString("en")}`);
    return { label, p50, p95, max, matches: size };
  }

  print(`Program list at ${PROGRAMS.toLocaleString("en")} programs (${RUNS} runs per query after 3 warm-ups)`);
  const { organisations } = await fill();

  const { listPrograms } = await import("@/lib/domain/programs/list-programs");
  const { exportProgramsCsv } = await import("@/lib/domain/programs/export-programs-csv");
  const { ZProgramFilter } = await import("@/lib/domain/programs/schemas");
  const slot = globalThis as unknown as { prisma?: unknown };
  slot.prisma = db;

  const ministry = organisations.find((organisation) => organisation.countryCode === "MX" && organisation.kind === "GOVERNMENT_MINISTRY")!;
  const union = organisations.find((organisation) => organisation.countryCode === "MX" && organisation.kind === "WORKERS_ORGANISATION")!;
  const actor = (role: "ADMIN" | "GOVERNMENT" | "CIVIL_SOCIETY", organisationId: string, countryCode: string | null) => ({
    id: randomUUID(),
    email: "bench@example.test",
    name: "Bench",
    role,
    organisationId,
    organisationName: "Bench",
    countryCode,
  });
  const viewers = { anonymous: null, admin: actor("ADMIN", ministry.id, "MX"), ministry: actor("GOVERNMENT", ministry.id, "MX"), union: actor("CIVIL_SOCIETY", union.id, "MX") };
  const filter = (input: Record<string, string>) => ZProgramFilter.parse(input);
  const page = (cursor?: string) => ({ limit: 25, ...(cursor && { cursor }) });

  print(`\n  ${"query".padEnd(58)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"max ms".padStart(7)}   matches`);
  const results = [
    await time("anonymous, first page, latest changes first", () => listPrograms(viewers.anonymous, filter({}), page())),
    await time("anonymous, page 400 (offset 10,000)", () => listPrograms(viewers.anonymous, filter({}), page("10000"))),
    await time("anonymous, search 'inspection', best match first", () => listPrograms(viewers.anonymous, filter({ q: "inspection", sort: "relevance" }), page())),
    await time("anonymous, search 'child labour agriculture'", () => listPrograms(viewers.anonymous, filter({ q: "child labour agriculture" }), page())),
    await time("ministry (MX), status + year 2010", () => listPrograms(viewers.ministry, filter({ status: "IMPLEMENTATION", year: "2010" }), page())),
    await time("ministry (MX), drafts only, by title", () => listPrograms(viewers.ministry, filter({ visibility: "DRAFT", sort: "title" }), page())),
    await time("civil society, topic FORCED_LABOUR", () => listPrograms(viewers.union, filter({ topic: "FORCED_LABOUR" }), page())),
    await time("admin, country MX + organisation + type", () => listPrograms(viewers.admin, filter({ country: "MX", organisation: union.id, type: "JOINT_RESEARCH" }), page())),
    await time("admin, search 'wages' + start date order", () => listPrograms(viewers.admin, filter({ q: "wages", sort: "start" }), page())),
  ];

  // The whole register as CSV, read as a client would, with the process's memory watched.
  const memoryBefore = process.memoryUsage().rss;
  let peak = memoryBefore;
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  const reader = exportProgramsCsv(viewers.admin, filter({})).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const exportSeconds = (performance.now() - started) / 1000;
  print(
    `\n  CSV export of all ${(lines - 1).toLocaleString("en")} programs: ${exportSeconds.toFixed(2)} s, ${(bytes / 1_048_576).toFixed(1)} MB, ` +
      `process memory ${(memoryBefore / 1_048_576).toFixed(0)} MB before, ${(peak / 1_048_576).toFixed(0)} MB at peak`,
  );

  const { PROGRAM_SEARCH_DOCUMENT } = await import("@/lib/domain/programs/program-search");
  const { Prisma } = await import("@/lib/platform/db/generated/client");
  const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN ANALYZE SELECT "id" FROM "CooperationProgram" WHERE ${PROGRAM_SEARCH_DOCUMENT} @@ to_tsquery('simple'::regconfig, 'inspection:*')`,
  );
  print(`\n  Plan of a text search:\n${plan.map((row) => `    ${row["QUERY PLAN"]}`).join("\n")}`);
  print(`\n  Slowest p95: ${Math.max(...results.map((result) => result.p95)).toFixed(1)} ms`);
} finally {
  await db.$disconnect();
  await server.stop();
}

// The load benchmark's report: every figure, the targets beside what was measured, and the growth
// between data sizes, as JSON and as a Markdown table under bench/results/.
import fs from "node:fs";
import path from "node:path";
import type { RouteResult, StreamResult } from "./measure";

export type SizeReport = {
  volumes: { programs: number; transactions: number; indicators: number; auditEvents: number };
  programId: string;
  routes: Record<string, { name: string; path: string; runs: RouteResult[] }>;
  pageSizes: { route: string; limit: number; queriesPerRequest: number | null; p95: number }[];
  exports: { transactionsCsv: StreamResult; iatiActivities: StreamResult };
  /** The same exports on a server whose heap is capped: complete when they are byte for byte the same. */
  flat: { heapLimitMb: number; transactionsCsv: StreamResult & { complete: boolean }; iatiActivities: StreamResult & { complete: boolean } };
  queryCounts: boolean;
};

/** A target of the project beside its figure; `reason`, for one that is missed, says where the time goes, from the figures measured. */
export type Target = { target: string; measured: string; met: boolean | null; note?: string; reason?: string };

export type Report = {
  startedAt: string;
  finishedAt: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; platform: string };
  secondsPerMeasurement: number;
  sizes: SizeReport[];
  targets: Target[];
  /** Why the run stopped before its last size, when it did: the sizes measured are still reported. */
  stopped?: string;
};

const at = (size: SizeReport, route: string, connections: number) => size.routes[route]?.runs.find((run) => run.connections === connections);
const n = (value: number) => value.toLocaleString("en");

/**
 * The targets, measured at the size closest to 20,000 programs (growth: from the smallest to the
 * largest size measured). A target that could not be measured is reported as such, never as met.
 */
export function evaluateTargets(sizes: SizeReport[]): Target[] {
  const main = [...sizes].sort((a, b) => Math.abs(a.volumes.programs - 20_000) - Math.abs(b.volumes.programs - 20_000))[0]!;
  const targets: Target[] = [];
  const p95 = (route: string, connections: number) => at(main, route, connections)?.latencyMs.p95 ?? NaN;
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  // Where the time goes, from what was measured: CPU per request in the server, how busy its one
  // JavaScript thread and the whole machine were, and the latency of the route without a queue.
  const why = (route: string, connections: number): string | undefined => {
    const run = at(main, route, connections);
    const health = at(main, "health", connections);
    const alone = at(main, route, 1);
    if (!run?.cpu || !health?.cpu) return undefined;
    const parts = [`${run.cpu.serverMsPerRequest} ms of server CPU per request (/api/health: ${health.cpu.serverMsPerRequest} ms)`];
    if (run.cpu.serverCoreShare >= 0.8) parts.push(`the server's JavaScript thread was busy (${percent(run.cpu.serverCoreShare)} of a core), so at ${run.requestsPerSecond} req/s concurrent requests wait for each other`);
    if (run.cpu.machineShare >= 0.8) parts.push(`the machine's cores were ${percent(run.cpu.machineShare)} busy with the server, PostgreSQL and the load generator`);
    if (alone && connections > 1) parts.push(`one request at a time: p50 ${alone.latencyMs.p50} ms, p95 ${alone.latencyMs.p95} ms`);
    return parts.join("; ");
  };
  const limit = (name: string, route: string, connections: number, ms: number) => {
    const value = p95(route, connections);
    const met = Number.isNaN(value) ? null : value <= ms;
    targets.push({ target: `${name}: p95 ≤ ${ms} ms at concurrency ${connections}`, measured: `${value} ms`, met, reason: met === false ? why(route, connections) : undefined });
  };
  limit("Program list", "programList", 10, 150);
  limit("/api/v1/programs", "apiPrograms", 10, 150);
  limit("Program detail", "programDetail", 10, 100);
  limit("Dashboard", "dashboard", 10, 300);

  for (const connections of [1, 10]) {
    const detail = at(main, "programDetail", connections)?.requestsPerSecond ?? NaN;
    const health = at(main, "health", connections)?.requestsPerSecond ?? NaN;
    const ratio = detail / health;
    const met = Number.isNaN(ratio) ? null : ratio >= 0.3;
    targets.push({
      target: `Program detail throughput ≥ 30% of /api/health's (concurrency ${connections})`,
      measured: `${(ratio * 100).toFixed(1)}% (${detail} vs ${health} req/s)`,
      met,
      reason: met === false ? why("programDetail", connections) : undefined,
    });
  }

  if (main.queryCounts) {
    const byRoute = new Map<string, (number | null)[]>();
    for (const entry of main.pageSizes) byRoute.set(entry.route, [...(byRoute.get(entry.route) ?? []), entry.queriesPerRequest]);
    for (const [route, counts] of byRoute) {
      const base = at(main, route, 1)?.queriesPerRequest ?? null;
      const all = [base, ...counts].filter((count): count is number => count !== null);
      const spread = Math.max(...all) - Math.min(...all);
      const sizesText = main.pageSizes.filter((entry) => entry.route === route).map((entry) => `limit ${entry.limit}: ${entry.queriesPerRequest}`).join(", ");
      // Whole statements per request; a fraction comes from requests that share a cached session lookup.
      targets.push({ target: `Statements per request of ${route} independent of page size`, measured: `default page: ${base}, ${sizesText}`, met: all.length > 1 ? spread < 1 : null });
    }
    if (sizes.length > 1) {
      for (const route of Object.keys(main.routes)) {
        const counts = sizes.map((size) => at(size, route, 1)?.queriesPerRequest ?? null);
        const known = counts.filter((count): count is number => count !== null);
        targets.push({
          target: `Statements per request of ${route} independent of data volume`,
          measured: sizes.map((size, index) => `${n(size.volumes.programs)}: ${counts[index]}`).join(", "),
          met: known.length > 1 ? Math.max(...known) - Math.min(...known) < 1 : null,
        });
      }
    } else {
      targets.push({ target: "Statements per request independent of data volume", measured: "one size measured", met: null, note: "run with --growth" });
    }
  } else {
    targets.push({ target: "Statements per request", measured: "not counted", met: null, note: "pg_stat_statements is not loaded on this server" });
  }

  const iati = main.exports.iatiActivities;
  targets.push({
    target: `IATI export of all ${n(main.volumes.programs)} programs in < 60 s with the server < 400 MB RSS`,
    measured: `${iati.seconds} s, peak ${iati.peakRssMb} MB (${iati.startRssMb} MB before), status ${iati.status}`,
    met: iati.status === 200 && iati.seconds < 60 && iati.peakRssMb < 400,
  });
  targets.push({
    target: `IATI export streams in flat memory`,
    measured: `${main.flat.iatiActivities.complete ? "complete" : "broken off"} with the heap capped at ${main.flat.heapLimitMb} MB for a ${(iati.bytes / 1024 / 1024).toFixed(0)} MB file (peak ${main.flat.iatiActivities.peakRssMb} MB)`,
    met: main.flat.iatiActivities.complete,
  });
  const csv = main.exports.transactionsCsv;
  const flatCsv = main.flat.transactionsCsv;
  targets.push({
    target: `CSV of all ${n(main.volumes.transactions)} transactions in < 30 s with flat memory`,
    measured: `${csv.seconds} s, ${n(Math.max(0, csv.lines - 1))} rows, peak ${csv.peakRssMb} MB (${csv.startRssMb} MB before), status ${csv.status}; ${flatCsv.complete ? "complete" : "broken off"} with the heap capped at ${main.flat.heapLimitMb} MB for a ${(csv.bytes / 1024 / 1024).toFixed(0)} MB file (${flatCsv.seconds} s, peak ${flatCsv.peakRssMb} MB)`,
    met: csv.status === 200 && csv.seconds < 30 && csv.lines - 1 === main.volumes.transactions && flatCsv.complete,
    note: "flat: the export completes, byte for byte, on a server whose JavaScript heap is capped far below the file's size",
  });

  if (sizes.length > 1) {
    const small = sizes[0]!;
    const large = sizes.at(-1)!;
    for (const route of Object.keys(large.routes)) {
      if (route === "health") continue;
      const before = at(small, route, 10)?.latencyMs.p95 ?? NaN;
      const after = at(large, route, 10)?.latencyMs.p95 ?? NaN;
      const ratio = after / before;
      const grew = (size: SizeReport) => {
        const run = at(size, route, 10);
        return run?.cpu ? `${run.cpu.serverMsPerRequest} ms of server CPU and ${run.queriesPerRequest ?? "?"} statements per request` : undefined;
      };
      targets.push({
        target: `${route}: p95 grows < 2× from ${n(small.volumes.programs)} to ${n(large.volumes.programs)} programs (concurrency 10)`,
        measured: `${before} → ${after} ms (×${ratio.toFixed(2)})`,
        met: Number.isNaN(ratio) ? null : ratio < 2,
        reason: ratio >= 2 ? `${n(small.volumes.programs)}: ${grew(small)}; ${n(large.volumes.programs)}: ${grew(large)}` : undefined,
        note: large.volumes.programs < 200_000 ? "measured up to the largest size run; 200,000 needs --with-200k" : undefined,
      });
    }
  } else {
    targets.push({ target: "p95 growing < 2× from 2,000 to 200,000 programs", measured: "one size measured", met: null, note: "run with --growth --with-200k" });
  }
  return targets;
}

function markdown(report: Report): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push(`# Load benchmark, ${report.startedAt.slice(0, 10)}`, "");
  lines.push(`Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GiB, ${machine.platform}, Node.js ${machine.node}. ${report.secondsPerMeasurement} s per measurement after a warm-up; latency percentiles over every request.`, "");
  if (report.stopped) lines.push(`**The run stopped before its last size:** ${report.stopped}`, "");
  lines.push("## Targets", "", "| Target | Measured | Met | Why not, from the figures below |", "|---|---|---|---|");
  for (const target of report.targets) {
    lines.push(`| ${target.target} | ${target.measured}${target.note ? ` (${target.note})` : ""} | ${target.met === null ? "not measured" : target.met ? "yes" : "**no**"} | ${target.reason ?? ""} |`);
  }
  for (const size of report.sizes) {
    const health = (connections: number) => size.routes.health?.runs.find((run) => run.connections === connections)?.requestsPerSecond ?? NaN;
    lines.push("", `## ${n(size.volumes.programs)} programs, ${n(size.volumes.transactions)} transactions, ${n(size.volumes.indicators)} indicators, ${n(size.volumes.auditEvents)} audit events`, "");
    lines.push(
      "| Route | Concurrency | req/s | × /api/health | p50 ms | p95 ms | p99 ms | Errors | Statements/request | Server CPU ms/request | Server CPU, share of a core | Machine CPU busy | Peak RSS MB | First request ms |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    );
    for (const route of Object.values(size.routes)) {
      for (const run of route.runs) {
        const cpu = run.cpu ? `${run.cpu.serverMsPerRequest} | ${Math.round(run.cpu.serverCoreShare * 100)}% | ${Math.round(run.cpu.machineShare * 100)}%` : "? | ? | ?";
        lines.push(
          `| ${route.name} | ${run.connections} | ${run.requestsPerSecond} | ${(run.requestsPerSecond / health(run.connections)).toFixed(3)} | ${run.latencyMs.p50} | ${run.latencyMs.p95} | ${run.latencyMs.p99} | ${run.errors} | ${run.queriesPerRequest ?? "?"} | ${cpu} | ${run.peakRssMb} | ${run.firstRequestMs ?? "?"} |`,
        );
      }
    }
    lines.push("", "| List | Page size | Statements/request | p95 ms |", "|---|---|---|---|");
    for (const entry of size.pageSizes) lines.push(`| ${entry.route} | ${entry.limit} | ${entry.queriesPerRequest ?? "?"} | ${entry.p95} |`);
    lines.push("", "| Export | Server | Seconds | Size | Lines | RSS before MB | Peak RSS MB | Statements |", "|---|---|---|---|---|---|---|---|");
    for (const [name, result] of Object.entries(size.exports)) {
      lines.push(`| ${name} | fresh | ${result.seconds} | ${(result.bytes / 1024 / 1024).toFixed(1)} MB | ${n(result.lines)} | ${result.startRssMb} | ${result.peakRssMb} | ${result.queries ?? "?"} |`);
    }
    for (const [name, result] of [["transactionsCsv", size.flat.transactionsCsv], ["iatiActivities", size.flat.iatiActivities]] as const) {
      lines.push(`| ${name} | heap capped at ${size.flat.heapLimitMb} MB: ${result.complete ? "complete" : "broken off"} | ${result.seconds} | ${(result.bytes / 1024 / 1024).toFixed(1)} MB | ${n(result.lines)} | ${result.startRssMb} | ${result.peakRssMb} | ${result.queries ?? "?"} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Writes the report as JSON and Markdown, named by date and size; the paths written. */
export function writeReport(report: Report, directory: string): string[] {
  fs.mkdirSync(directory, { recursive: true });
  const sizes = report.sizes.map((size) => size.volumes.programs).join("-");
  const base = path.join(directory, `${report.startedAt.slice(0, 10)}-${report.sizes.length > 1 ? "growth-" : ""}${sizes}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, markdown(report));
  return [`${base}.json`, `${base}.md`];
}

// The load benchmark's report: every figure, the targets beside what was measured, and the growth
// between data sizes, as JSON and as a Markdown table under bench/results/.
import fs from "node:fs";
import path from "node:path";
import type { ProfileSummary } from "./cpu-profile";
import type { RouteResult, StreamResult } from "./measure";
import type { PagesReport } from "./pages";
import { pagesMarkdown, processesMarkdown, profilesMarkdown } from "./report-sections";

export type SizeReport = {
  volumes: { programs: number; transactions: number; indicators: number; auditEvents: number };
  programId: string;
  routes: RunsByRoute;
  pageSizes: { route: string; limit: number; queriesPerRequest: number | null; p95: number }[];
  exports: { transactionsCsv: StreamResult; iatiActivities: StreamResult };
  /** The same exports on a server whose heap is capped: complete when they are byte for byte the same. */
  flat: { heapLimitMb: number; transactionsCsv: StreamResult & { complete: boolean }; iatiActivities: StreamResult & { complete: boolean } };
  queryCounts: boolean;
  /** Payloads, JavaScript, cache answers and Lighthouse, at the size the targets are read at. */
  pages?: PagesReport;
  /** The main routes again at concurrency 10 with several server processes (WEB_CONCURRENCY). */
  processes?: { count: number; routes: RunsByRoute };
  /** Where each route's server CPU goes, from a profiled run apart from the timed ones. */
  profiles?: Record<string, ProfileSummary | { error: string }>;
};

export type RunsByRoute = Record<string, { name: string; path: string; runs: RouteResult[] }>;

/** A target of the project beside its figure; `reason`, for one that is missed, says where the time goes, from the figures measured. */
export type Target = { target: string; measured: string; met: boolean | null; note?: string; reason?: string };

export type Report = {
  startedAt: string;
  finishedAt: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; platform: string };
  secondsPerMeasurement: number;
  /** The server processes of the comparison run (1: not run). */
  processes?: number;
  sizes: SizeReport[];
  targets: Target[];
  /** Why the run stopped before its last size, when it did: the sizes measured are still reported. */
  stopped?: string;
};

const n = (value: number) => value.toLocaleString("en");

function markdown(report: Report): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push(`# Load benchmark, ${report.startedAt.slice(0, 10)}`, "");
  lines.push(`Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GiB, ${machine.platform}, Node.js ${machine.node}. ${report.secondsPerMeasurement} s per measurement after a warm-up; latency percentiles over every request. Server processes: 1 for the main tables${report.processes && report.processes > 1 ? `, ${report.processes} for the comparison` : ""}.`, "");
  if (report.stopped) lines.push(`**The run stopped before its last size:** ${report.stopped}`, "");
  lines.push("## Targets", "", "| Target | Measured | Met | Why not, from the figures below |", "|---|---|---|---|");
  for (const target of report.targets) {
    lines.push(`| ${target.target} | ${target.measured}${target.note ? ` (${target.note})` : ""} | ${target.met === null ? "not measured" : target.met ? "yes" : "**no**"} | ${target.reason ?? ""} |`);
  }
  for (const size of report.sizes) {
    const health = (connections: number) => size.routes.health?.runs.find((run) => run.connections === connections)?.requestsPerSecond ?? NaN;
    lines.push("", `## ${n(size.volumes.programs)} programs, ${n(size.volumes.transactions)} transactions, ${n(size.volumes.indicators)} indicators, ${n(size.volumes.auditEvents)} audit events`, "");
    lines.push(
      "| Route | Concurrency | req/s | × /api/health | p50 ms | p95 ms | p99 ms | Errors | Statements/request | Server CPU ms/request | Server CPU, share of a core | Machine CPU busy | Peak RSS MB | First request ms | X-Cache hits |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    );
    for (const route of Object.values(size.routes)) {
      for (const run of route.runs) {
        const cpu = run.cpu ? `${run.cpu.serverMsPerRequest} | ${Math.round(run.cpu.serverCoreShare * 100)}% | ${Math.round(run.cpu.machineShare * 100)}%` : "? | ? | ?";
        lines.push(
          `| ${route.name} | ${run.connections} | ${run.requestsPerSecond} | ${(run.requestsPerSecond / health(run.connections)).toFixed(3)} | ${run.latencyMs.p50} | ${run.latencyMs.p95} | ${run.latencyMs.p99} | ${run.errors} | ${run.queriesPerRequest ?? "?"} | ${cpu} | ${run.peakRssMb} | ${run.firstRequestMs ?? "?"} | ${run.cache ? `${run.cache.hits}/${run.cache.answers}` : ""} |`,
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
    lines.push(...processesMarkdown(size), ...profilesMarkdown(size), ...pagesMarkdown(size));
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

// The report's sections beyond the load tables: one process beside N, where each route's CPU goes,
// what each page weighs, and Lighthouse.
import { CATEGORIES, CATEGORY_NAMES } from "./cpu-profile";
import { kb } from "./pages";
import type { RunsByRoute, SizeReport } from "./report";

const run10 = (routes: RunsByRoute, key: string) => routes[key]?.runs.find((run) => run.connections === 10);
const cell = (text: string) => text.replace(/\|/g, "\\|");

export function processesMarkdown(size: SizeReport): string[] {
  if (!size.processes) return [];
  const { count, routes: many } = size.processes;
  const health = (routes: RunsByRoute) => run10(routes, "health")?.requestsPerSecond ?? NaN;
  const lines = [
    "",
    `### One server process beside ${count} (WEB_CONCURRENCY=${count}), concurrency 10`,
    "",
    "The server with several processes runs only when the server honours WEB_CONCURRENCY; otherwise both columns measure one process.",
    "",
    "| Route | req/s, 1 | req/s, " + count + " | × /api/health, 1 | × /api/health, " + count + " | p95 ms, 1 | p95 ms, " + count + " | Server CPU, 1 | Server CPU, " + count + " | X-Cache hits, " + count + " |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const [key, route] of Object.entries(many)) {
    const one = run10(size.routes, key);
    const several = run10(many, key);
    if (!several) continue;
    const ratio = (value: number | undefined, routes: RunsByRoute) => (value === undefined ? "?" : (value / health(routes)).toFixed(3));
    const share = (value: number | undefined) => (value === undefined ? "?" : `${Math.round(value * 100)}%`);
    const cache = several.cache ? `${several.cache.hits}/${several.cache.answers}` : "no header";
    lines.push(
      `| ${route.name} | ${one?.requestsPerSecond ?? "?"} | ${several.requestsPerSecond} | ${ratio(one?.requestsPerSecond, size.routes)} | ${ratio(several.requestsPerSecond, many)} | ${one?.latencyMs.p95 ?? "?"} | ${several.latencyMs.p95} | ${share(one?.cpu.serverCoreShare)} | ${share(several.cpu.serverCoreShare)} | ${cache} |`,
    );
  }
  return lines;
}

export function profilesMarkdown(size: SizeReport): string[] {
  if (!size.profiles) return [];
  const lines = [
    "",
    "### Where the server's CPU goes, per route",
    "",
    "From a CPU profile (V8's sampling profiler, the profile `node --cpu-prof` writes) of one server process under load at concurrency 10 for a few seconds, taken apart from the timed runs; self time of the sampled functions, idle left out, per request; bundled code traced back to its file through the build's source maps. React's Flight server is split by function name: the functions that walk and serialise the tree into the RSC payload count as serialisation, the rest as render. Categories: " +
      CATEGORIES.map((category) => `**${category}**: ${CATEGORY_NAMES[category]}`).join("; ") + ".",
    "",
    `| Route | Requests profiled | CPU ms/request | ${CATEGORIES.join(" | ")} |`,
    `|---|---|---|${CATEGORIES.map(() => "---").join("|")}|`,
  ];
  const name = (key: string) => size.routes[key]?.name ?? key;
  for (const [key, profile] of Object.entries(size.profiles)) {
    if ("error" in profile) {
      lines.push(`| ${name(key)} | not profiled: ${cell(profile.error)} | | ${CATEGORIES.map(() => "").join(" | ")} |`);
      continue;
    }
    const total = profile.msPerRequest.total;
    const split = CATEGORIES.map((category) => `${profile.msPerRequest[category]} (${total ? Math.round((100 * profile.msPerRequest[category]) / total) : 0}%)`);
    lines.push(`| ${name(key)} | ${profile.requests}${profile.windowed ? "" : " (whole profile)"} | ${total} | ${split.join(" | ")} |`);
  }
  for (const [key, profile] of Object.entries(size.profiles)) {
    if ("error" in profile || !profile.top.length) continue;
    lines.push("", `#### ${name(key)}: the 10 functions with the most self time`, "", "| Function | File | Category | ms/request | Share |", "|---|---|---|---|---|");
    for (const entry of profile.top) {
      const perRequest = profile.requests ? Math.round((entry.selfMs / profile.requests) * 100) / 100 : NaN;
      lines.push(`| \`${cell(entry.name)}\` | ${cell(entry.file)} | ${entry.category} | ${perRequest} | ${Math.round((100 * entry.selfMs) / profile.busyMs)}% |`);
    }
  }
  return lines;
}

export function pagesMarkdown(size: SizeReport): string[] {
  const pages = size.pages;
  if (!pages) return [];
  const lines = ["", "### What each page weighs", "", "HTML of the page, and the RSC payload a client-side navigation to it fetches (`RSC: 1`); gzip at Node's default level.", ""];
  lines.push("| Route | Status | HTML KB | HTML KB gzip | RSC KB | RSC KB gzip |", "|---|---|---|---|---|---|");
  for (const [key, payload] of Object.entries(pages.payloads)) {
    lines.push(`| ${size.routes[key]?.name ?? key} | ${payload.status}${payload.rsc.status !== payload.status ? ` (RSC ${payload.rsc.status})` : ""} | ${kb(payload.html.bytes)} | ${kb(payload.html.gzipBytes)} | ${kb(payload.rsc.bytes)} | ${kb(payload.rsc.gzipBytes)} |`);
  }
  lines.push(
    "",
    "JavaScript of the public pages, anonymous, against the target of < 150 KB compressed: the `<script src>` of the HTML fetched and summed (chunks loaded later are not in the HTML), and, measured by Lighthouse in Chromium, every script the page fetched as transferred.",
    "",
    "| Page | Scripts in HTML | JS KB | JS KB gzip | Browser: scripts | Browser: KB transferred | < 150 KB |",
    "|---|---|---|---|---|---|---|",
  );
  for (const [key, scripts] of Object.entries(pages.javascript)) {
    const browser = pages.lighthouse?.[key];
    const measured = browser && !("error" in browser) ? `${browser.scriptRequests} | ${kb(browser.scriptTransferBytes)}` : "? | ?";
    const worst = Math.max(scripts.javascript.gzipBytes, browser && !("error" in browser) ? browser.scriptTransferBytes : 0);
    lines.push(`| ${scripts.path} | ${scripts.scripts}${scripts.missing.length ? ` (missing: ${cell(scripts.missing.join(", "))})` : ""} | ${kb(scripts.javascript.bytes)} | ${kb(scripts.javascript.gzipBytes)} | ${measured} | ${worst < 150 * 1024 ? "yes" : "**no**"} |`);
  }
  const cached = Object.entries(pages.cache);
  if (cached.length) {
    lines.push("", "Shared page cache, 20 requests in a row to each anonymous page: " + cached.map(([key, share]) => `${size.routes[key]?.path ?? key}: ${share.header ? `${share.hits}/${share.sampled} hits` : "no X-Cache header"}`).join("; ") + ".");
  }
  if (pages.lighthouse) {
    lines.push(
      "",
      "### Lighthouse, mobile (default settings: simulated slow 4G, 4× CPU slowdown), performance only",
      "",
      "Medians, with the lowest and highest run in brackets. TBT is the main thread's observed work scaled by four, so it moves with the machine's speed (Lighthouse's benchmark index, higher is faster) and with whatever else runs on it; the main thread's work is that of the run with the median TBT, as Lighthouse scales it.",
      "",
      "| Page | LCP s (≤ 2.5) | CLS (≤ 0.1) | TBT ms (≤ 200) | Score | Main thread, ms | Runs | Benchmark index |",
      "|---|---|---|---|---|---|---|---|",
    );
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    for (const [key, result] of Object.entries(pages.lighthouse)) {
      const path = pages.javascript[key]?.path ?? key;
      if ("error" in result) {
        lines.push(`| ${path} | failed: ${cell(result.error)} | | | | | | |`);
        continue;
      }
      const work = result.mainThread.slice(0, 4).map((part) => `${part.kind} ${part.ms.toLocaleString("en")}`).join("; ");
      lines.push(
        `| ${path} | ${seconds(result.lcpMs)} (${seconds(result.lcpRangeMs[0])}–${seconds(result.lcpRangeMs[1])}) | ${result.cls} | ${result.tbtMs} (${result.tbtRangeMs[0]}–${result.tbtRangeMs[1]}) | ${result.performanceScore} | ${cell(work)} | ${result.runs} | ${result.benchmarkIndex} |`,
      );
    }
  }
  return lines;
}

// What the load benchmark keeps of Lighthouse's runs on one page (bench/load/lighthouse.ts):
// medians, the spread between runs, the machine's speed as Lighthouse measured it, and where the
// main thread's time went.

export type LighthouseResult = {
  runs: number;
  /** Medians over the runs. */
  lcpMs: number;
  cls: number;
  tbtMs: number;
  performanceScore: number;
  /** The lowest and highest of the runs: on a shared two-core machine TBT varies by a factor of two or more from run to run. */
  lcpRangeMs: [number, number];
  tbtRangeMs: [number, number];
  /** Lighthouse's measure of this machine's CPU speed (higher is faster), median over the runs: TBT is the observed work times four, so it moves with it. */
  benchmarkIndex: number;
  /** The run with the median TBT: its main-thread work by kind, in ms as Lighthouse scales it (script evaluation, style and layout, parsing …), largest first. */
  mainThread: { kind: string; ms: number }[];
  /** The median run's longest main-thread tasks (at most three), with the script Lighthouse attributes each to: what TBT is made of. */
  longTasks: { url: string; ms: number }[];
  /** The median run's scripts by main-thread time (at most three): evaluation, and parsing and compiling. */
  busiestScripts: { url: string; scriptingMs: number; parseMs: number }[];
  /** The median-LCP run's phases of the largest paint: time to first byte, load delay, load time, render delay. */
  lcpPhases: { phase: string; ms: number }[];
  /** Script bytes as transferred (compressed when served so) and their number, from the median run's resource summary. */
  scriptTransferBytes: number;
  scriptRequests: number;
};

/** The parts of a Lighthouse result (lhr) the summary reads. */
export type LighthouseRun = {
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
  categories: { performance?: { score: number | null } };
  environment?: { benchmarkIndex?: number };
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Medians and ranges over the runs of one page; the breakdown and the scripts of the run with the median TBT. */
export function summariseRuns(lhrs: LighthouseRun[]): LighthouseResult {
  if (!lhrs.length) throw new Error("no Lighthouse runs to summarise");
  const numeric = (lhr: LighthouseRun, audit: string) => lhr.audits[audit]?.numericValue ?? NaN;
  const values = (audit: string) => lhrs.map((lhr) => numeric(lhr, audit));
  const range = (list: number[]): [number, number] => [Math.round(Math.min(...list)), Math.round(Math.max(...list))];
  const byLcp = [...lhrs].sort((a, b) => numeric(a, "largest-contentful-paint") - numeric(b, "largest-contentful-paint"));
  const byTbt = [...lhrs].sort((a, b) => numeric(a, "total-blocking-time") - numeric(b, "total-blocking-time"));
  const middle = byTbt[Math.floor((byTbt.length - 1) / 2)]!;
  const items = <T>(lhr: LighthouseRun, audit: string) => ((lhr.audits[audit]?.details as { items?: T[] } | undefined)?.items ?? []);
  // The LCP element audit is a list of tables; the phases are the one whose rows have a `phase`.
  const phases = items<{ items?: { phase?: string; timing?: number }[] }>(byLcp[Math.floor((byLcp.length - 1) / 2)]!, "largest-contentful-paint-element")
    .flatMap((table) => table.items ?? [])
    .filter((row): row is { phase: string; timing: number } => typeof row.phase === "string" && typeof row.timing === "number");
  const scripts = items<{ resourceType: string; transferSize: number; requestCount: number }>(middle, "resource-summary").find((item) => item.resourceType === "script");
  const mainThread = items<{ groupLabel?: string; group?: string; duration: number }>(middle, "mainthread-work-breakdown")
    .map((item) => ({ kind: item.groupLabel ?? item.group ?? "?", ms: Math.round(item.duration) }))
    .sort((a, b) => b.ms - a.ms);
  return {
    runs: lhrs.length,
    lcpMs: Math.round(median(values("largest-contentful-paint"))),
    cls: Math.round(median(values("cumulative-layout-shift")) * 1000) / 1000,
    tbtMs: Math.round(median(values("total-blocking-time"))),
    performanceScore: Math.round(median(lhrs.map((lhr) => (lhr.categories.performance?.score ?? NaN) * 100))),
    lcpRangeMs: range(values("largest-contentful-paint")),
    tbtRangeMs: range(values("total-blocking-time")),
    benchmarkIndex: Math.round(median(lhrs.map((lhr) => lhr.environment?.benchmarkIndex ?? NaN))),
    mainThread,
    longTasks: items<{ url?: string; duration: number }>(middle, "long-tasks")
      .map((task) => ({ url: task.url ?? "", ms: Math.round(task.duration) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3),
    busiestScripts: items<{ url: string; scripting?: number; scriptParseCompile?: number }>(middle, "bootup-time")
      .map((script) => ({ url: script.url, scriptingMs: Math.round(script.scripting ?? 0), parseMs: Math.round(script.scriptParseCompile ?? 0) }))
      .sort((a, b) => b.scriptingMs + b.parseMs - (a.scriptingMs + a.parseMs))
      .slice(0, 3),
    lcpPhases: phases.map((row) => ({ phase: row.phase, ms: Math.round(row.timing) })),
    scriptTransferBytes: scripts?.transferSize ?? NaN,
    scriptRequests: scripts?.requestCount ?? NaN,
  };
}

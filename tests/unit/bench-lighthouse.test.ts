import { describe, expect, it } from "vitest";
import { summariseRuns, type LighthouseRun } from "@/bench/load/lighthouse-summary";
import { lighthouseWhy } from "@/bench/load/targets";

/** A Lighthouse result with the audits the summary reads. */
function run({ tbt, lcp, index, scripts, work }: { tbt: number; lcp: number; index: number; scripts: number; work: [string, number][] }): LighthouseRun {
  return {
    audits: {
      "total-blocking-time": { numericValue: tbt },
      "largest-contentful-paint": { numericValue: lcp },
      "cumulative-layout-shift": { numericValue: 0.0123 },
      "resource-summary": { details: { items: [{ resourceType: "document", transferSize: 9000, requestCount: 1 }, { resourceType: "script", transferSize: scripts, requestCount: 6 }] } },
      "mainthread-work-breakdown": { details: { items: work.map(([groupLabel, duration]) => ({ group: groupLabel.toLowerCase(), groupLabel, duration })) } },
      "long-tasks": { details: { items: [{ url: "http://127.0.0.1:3100/_next/static/chunks/a1.js", duration: tbt / 2 }, { url: "http://127.0.0.1:3100/programs", duration: 60 }, { duration: tbt / 4 }, { url: "http://127.0.0.1:3100/_next/static/chunks/b2.js", duration: 51 }] } },
      "bootup-time": {
        details: {
          items: [
            { url: "http://127.0.0.1:3100/_next/static/chunks/b2.js", total: 90, scripting: 70, scriptParseCompile: 20.4 },
            { url: "http://127.0.0.1:3100/_next/static/chunks/a1.js", total: tbt, scripting: tbt - 50, scriptParseCompile: 49.6 },
            { url: "Unattributable", total: 10, scripting: 10 },
            { url: "http://127.0.0.1:3100/programs", total: 100, scripting: 80, scriptParseCompile: 5 },
          ],
        },
      },
      "largest-contentful-paint-element": {
        details: {
          type: "list",
          items: [
            { type: "table", items: [{ node: { type: "node", selector: "main > h1" } }] },
            { type: "table", items: [{ phase: "TTFB", timing: lcp / 4 }, { phase: "Load Delay", timing: 0 }, { phase: "Load Time", timing: 0 }, { phase: "Render Delay", timing: (lcp * 3) / 4 }] },
          ],
        },
      },
    },
    categories: { performance: { score: tbt < 300 ? 0.9 : 0.7 } },
    environment: { benchmarkIndex: index },
  };
}

describe("the summary of a page's Lighthouse runs", () => {
  it("gives medians, the spread of the runs, the machine's speed, and the main thread of the median run", () => {
    const summary = summariseRuns([
      run({ tbt: 688.4, lcp: 2400, index: 1200, scripts: 100, work: [["Script Evaluation", 1500], ["Style & Layout", 400]] }),
      run({ tbt: 299.6, lcp: 2100, index: 1300, scripts: 200, work: [["Style & Layout", 300], ["Script Evaluation", 900]] }),
      run({ tbt: 350, lcp: 2600, index: 1250, scripts: 300, work: [["Style & Layout", 450.4], ["Script Evaluation", 1100.6], ["Parse HTML & CSS", 40]] }),
    ]);
    expect(summary).toEqual({
      runs: 3,
      lcpMs: 2400,
      cls: 0.012,
      tbtMs: 350,
      performanceScore: 70,
      lcpRangeMs: [2100, 2600],
      tbtRangeMs: [300, 688],
      benchmarkIndex: 1250,
      // The run whose TBT is the median one, its largest kind of work first.
      mainThread: [
        { kind: "Script Evaluation", ms: 1101 },
        { kind: "Style & Layout", ms: 450 },
        { kind: "Parse HTML & CSS", ms: 40 },
      ],
      // Of the median-TBT run: its three longest tasks and its three busiest scripts.
      longTasks: [
        { url: "http://127.0.0.1:3100/_next/static/chunks/a1.js", ms: 175 },
        { url: "", ms: 88 },
        { url: "http://127.0.0.1:3100/programs", ms: 60 },
      ],
      busiestScripts: [
        { url: "http://127.0.0.1:3100/_next/static/chunks/a1.js", scriptingMs: 300, parseMs: 50 },
        { url: "http://127.0.0.1:3100/_next/static/chunks/b2.js", scriptingMs: 70, parseMs: 20 },
        { url: "http://127.0.0.1:3100/programs", scriptingMs: 80, parseMs: 5 },
      ],
      // Of the median-LCP run (2,400 ms).
      lcpPhases: [
        { phase: "TTFB", ms: 600 },
        { phase: "Load Delay", ms: 0 },
        { phase: "Load Time", ms: 0 },
        { phase: "Render Delay", ms: 1800 },
      ],
      scriptTransferBytes: 300,
      scriptRequests: 6,
    });
  });

  it("takes the lower middle run's breakdown when the number of runs is even, and refuses no runs at all", () => {
    const summary = summariseRuns([
      run({ tbt: 400, lcp: 2000, index: 1000, scripts: 1, work: [["Other", 4]] }),
      run({ tbt: 100, lcp: 2000, index: 1000, scripts: 2, work: [["Other", 1]] }),
    ]);
    expect(summary.tbtMs).toBe(250);
    expect(summary.mainThread).toEqual([{ kind: "Other", ms: 1 }]);
    expect(() => summariseRuns([])).toThrow(/no Lighthouse runs/);
  });

  it("explains a missed TBT by its tasks, work and scripts, and a missed LCP by its phases, with the machine's speed", () => {
    const summary = summariseRuns([
      run({ tbt: 688, lcp: 2600, index: 1250, scripts: 100, work: [["Script Evaluation", 900], ["Style & Layout", 300], ["Other", 200], ["Parse HTML & CSS", 40]] }),
    ]);
    expect(lighthouseWhy(summary, "tbt")).toBe(
      "longest tasks: 344 ms (chunks/a1.js), 172 ms (unattributed), 60 ms (/programs); " +
        "main thread: Script Evaluation 900 ms, Style & Layout 300 ms, Other 200 ms; " +
        "busiest scripts: chunks/a1.js 638 ms evaluating, 50 ms compiling; chunks/b2.js 70 ms evaluating, 20 ms compiling; /programs 80 ms evaluating, 5 ms compiling; " +
        "runs ranged 688 ms–688 ms; " +
        "this machine's benchmark index, 1250, is below the 1,500–2,000 Lighthouse's 4× CPU slowdown is calibrated for, so the emulated phone is slower than the one Lighthouse means",
    );
    expect(lighthouseWhy(summary, "lcp")).toMatch(/^the largest paint's phases: TTFB 650 ms, Load Delay 0 ms, Load Time 0 ms, Render Delay 1950 ms; runs ranged 2\.60 s–2\.60 s; this machine's benchmark index, 1250, is below/);
    // On a machine as fast as Lighthouse assumes, the machine is not offered as a reason.
    const fast = summariseRuns([run({ tbt: 688, lcp: 2600, index: 1800, scripts: 100, work: [["Other", 1]] })]);
    expect(lighthouseWhy(fast, "tbt")).not.toMatch(/benchmark index/);
  });
});

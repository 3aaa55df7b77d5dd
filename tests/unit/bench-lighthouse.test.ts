import { describe, expect, it } from "vitest";
import { summariseRuns, type LighthouseRun } from "@/bench/load/lighthouse-summary";

/** A Lighthouse result with the audits the summary reads. */
function run({ tbt, lcp, index, scripts, work }: { tbt: number; lcp: number; index: number; scripts: number; work: [string, number][] }): LighthouseRun {
  return {
    audits: {
      "total-blocking-time": { numericValue: tbt },
      "largest-contentful-paint": { numericValue: lcp },
      "cumulative-layout-shift": { numericValue: 0.0123 },
      "resource-summary": { details: { items: [{ resourceType: "document", transferSize: 9000, requestCount: 1 }, { resourceType: "script", transferSize: scripts, requestCount: 6 }] } },
      "mainthread-work-breakdown": { details: { items: work.map(([groupLabel, duration]) => ({ group: groupLabel.toLowerCase(), groupLabel, duration })) } },
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
});

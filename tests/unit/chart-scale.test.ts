// The dashboard's bar charts are drawn on the server: their value axis runs from 0 to a round top in
// equal round steps, and stacked bars are as tall as their series together. A total that
// corrections (negative transactions) took to zero or below has no bar.
import { describe, expect, it } from "vitest";
import { chartBars, chartMax, chartScale } from "@/lib/platform/format/chart-scale";

describe("a bar chart's value axis", () => {
  it.each([
    [1_250_000, 2_000_000, [0, 500_000, 1_000_000, 1_500_000, 2_000_000]],
    [900_000, 1_000_000, [0, 250_000, 500_000, 750_000, 1_000_000]],
    [7, 8, [0, 2, 4, 6, 8]],
    [3, 4, [0, 1, 2, 3, 4]],
    [40, 40, [0, 10, 20, 30, 40]],
  ])("takes %d up to %d in round steps", (max, top, ticks) => {
    expect(chartScale(max)).toEqual({ top, ticks });
  });

  it("still has an axis when there is nothing to draw", () => {
    expect(chartScale(0)).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(chartScale(Number.NaN).top).toBe(1);
  });

  it("reaches the tallest bar: the sum of a stack, the largest of a group", () => {
    const rows = [{ status: "Pipeline", a: 3, b: 4 }, { status: "Closed", a: 6, b: 0 }];
    expect(chartMax(rows, ["a", "b"], true)).toBe(7);
    expect(chartMax(rows, ["a", "b"], false)).toBe(6);
    expect(chartMax([], ["a"], true)).toBe(0);
  });
});

describe("a total at zero or below zero", () => {
  it("draws no bar, and moves no bar stacked on it", () => {
    const row = { year: "2025", committed: 100, disbursed: -40, spent: 0, refunded: 25 };
    expect(chartBars(row, ["committed", "disbursed", "spent", "refunded"], true)).toEqual([
      { key: "committed", from: 0, to: 100 },
      { key: "disbursed", from: 100, to: 100 },
      { key: "spent", from: 100, to: 100 },
      { key: "refunded", from: 100, to: 125 },
    ]);
    expect(chartBars(row, ["committed", "disbursed"], false)).toEqual([
      { key: "committed", from: 0, to: 100 },
      { key: "disbursed", from: 0, to: 0 },
    ]);
  });

  it("never lowers the axis below the bars it draws", () => {
    const rows = [{ type: "Financial", committed: 100, disbursed: -40 }];
    expect(chartMax(rows, ["committed", "disbursed"], true)).toBe(100);
    expect(chartMax([{ type: "Financial", committed: -5 }], ["committed"], false)).toBe(0);
  });
});

// The dashboard's bar charts are drawn on the server: their value axis runs from 0 to a round top in
// equal round steps, and stacked bars are as tall as their series together.
import { describe, expect, it } from "vitest";
import { chartMax, chartScale } from "@/lib/platform/format/chart-scale";

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

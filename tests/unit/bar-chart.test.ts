// The dashboard's money chart as the server draws it, when corrections (negative transactions) take
// a total to zero or below: every bar stays inside the plot, right side up, and stacked bars never
// cover one another; the tooltip still gives the figure as it is.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { ChartRow } from "@/lib/platform/format/chart";

vi.mock("@/lib/platform/i18n/server", () => ({ getLocale: async () => "en" }));

const { DashboardBarChart } = await import("@/components/dashboard/bar-chart");

const series = ["committed", "disbursed", "spent"].map((key) => ({ key, label: key, color: "#000" }));

/** The chart's bars and the top and bottom of its plot (its highest and lowest grid lines). */
async function draw(data: ChartRow[], stacked: boolean) {
  const html = renderToStaticMarkup(await DashboardBarChart({ data, categoryKey: "year", series, stacked, currency: "USD", description: "Money by year" }));
  const lines = [...html.matchAll(/<line [^>]*y1="([^"]+)"/g)].map((match) => Number(match[1]));
  const bars = [...html.matchAll(/<rect [^>]*y="([^"]+)" height="([^"]+)"[^>]*><title>([^<]*)<\/title>/g)].map(([, y, height, title]) => ({
    top: Number(y),
    bottom: Number(y) + Number(height),
    height: Number(height),
    title: title!,
  }));
  return { plot: { top: Math.min(...lines), bottom: Math.max(...lines) }, bars };
}

const data: ChartRow[] = [
  { year: "2024", committed: 100, disbursed: 60, spent: 20, exact: { committed: "100", disbursed: "60", spent: "20" } },
  // A disbursement reversed the next year: that year's disbursed total is below zero.
  { year: "2025", committed: 100, disbursed: -40, spent: 30, exact: { committed: "100", disbursed: "-40", spent: "30" } },
  { year: "2026", committed: 0, disbursed: -10, spent: 0, exact: { committed: "0", disbursed: "-10", spent: "0" } },
];

describe.each([true, false])("a money chart with totals at or below zero (stacked: %s)", (stacked) => {
  it("draws every bar inside the plot, with no negative height", async () => {
    const { plot, bars } = await draw(data, stacked);
    expect(bars).toHaveLength(9);
    for (const bar of bars) {
      expect(bar.height, bar.title).toBeGreaterThanOrEqual(0);
      expect(bar.top, bar.title).toBeGreaterThanOrEqual(plot.top - 1e-9);
      expect(bar.bottom, bar.title).toBeLessThanOrEqual(plot.bottom + 1e-9);
    }
  });

  it("draws nothing for a total at or below zero, and still gives its figure", async () => {
    const { bars } = await draw(data, stacked);
    // Three bars a year, in the order of the series.
    expect(bars[4]).toMatchObject({ height: 0, title: "disbursed: -40.00 USD" });
    expect(bars[7]).toMatchObject({ height: 0, title: "disbursed: -10.00 USD" });
    expect(bars.slice(6).every((bar) => bar.height === 0)).toBe(true);
  });
});

it("stacks a year's bars one on another, none over another, when one of them is below zero", async () => {
  const { plot, bars } = await draw(data, true);
  const [committed, , spent] = bars.slice(3);
  expect(committed!.bottom).toBeCloseTo(plot.bottom);
  expect(spent!.bottom).toBeCloseTo(committed!.top);
  expect(spent!.height).toBeGreaterThan(0);
});

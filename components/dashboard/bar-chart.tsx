"use client";

import { useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartFormat, type ChartRow } from "@/lib/platform/format/chart";

export type Series = { key: string; label: string; color: string };

/**
 * A bar chart for the eye; the figures themselves are in the table the page puts next to it, which
 * is what screen readers use (the chart is hidden from them). A money chart names its `currency`.
 */
export function DashboardBarChart({ data, categoryKey, series, stacked = false, currency }: { data: ChartRow[]; categoryKey: string; series: Series[]; stacked?: boolean; currency?: string }) {
  const format = chartFormat(useLocale(), currency);
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} tickFormatter={format.tick} />
          <Tooltip formatter={(value, _name, item) => format.tooltip(value, item.dataKey, item.payload as ChartRow)} />
          <Legend />
          {series.map((item) => (
            <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.color} stackId={stacked ? "stack" : undefined} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

"use client";

import { useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartFormat, type ChartRow } from "@/lib/platform/format/chart";

export type Series = { key: string; label: string; color: string };

/**
 * A bar chart for the eye, as a figure whose caption (`description`, read by screen readers) says
 * what it shows and that its figures are in the table the page puts next to it. The drawing itself
 * is hidden from them, and nothing in it takes the keyboard's focus (recharts' keyboard layer is
 * off): a hidden element must never be focusable. A money chart names its `currency`.
 */
export function DashboardBarChart({
  data,
  categoryKey,
  series,
  stacked = false,
  currency,
  description,
}: {
  data: ChartRow[];
  categoryKey: string;
  series: Series[];
  stacked?: boolean;
  currency?: string;
  description: string;
}) {
  const format = chartFormat(useLocale(), currency);
  return (
    <figure className="chart">
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
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
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  );
}

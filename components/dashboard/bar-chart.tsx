import { getLocale } from "@/lib/platform/i18n/server";
import { chartFormat, type ChartRow } from "@/lib/platform/format/chart";
import { chartBars, chartMax, chartScale } from "@/lib/platform/format/chart-scale";

export type Series = { key: string; label: string; color: string };

const HEIGHT = 260;
const TOP = 10;
const BOTTOM = 36;
/** The left gutter for the axis' figures and the share of each category's band the bars fill, in % of the width. */
const GUTTER = 12;
const FILL = 0.7;

/**
 * A bar chart for the eye, drawn on the server as SVG: no script to load, nothing to wait for. It
 * is a figure whose caption (`description`, read by screen readers) says what it shows and that its
 * figures are in the table the page puts next to it; the drawing itself is hidden from them and holds
 * nothing focusable. Widths are percentages, so it fills its column at any screen size with text at
 * its own size; each bar's exact figure shows on hover (its <title>). A money chart names its `currency`.
 */
export async function DashboardBarChart({
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
  const format = chartFormat(await getLocale(), currency);
  const { top, ticks } = chartScale(chartMax(data, series.map((item) => item.key), stacked));
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot - (value / top) * plot;
  const band = (100 - GUTTER) / Math.max(data.length, 1);
  const barWidth = (band * FILL) / (stacked ? 1 : Math.max(series.length, 1));
  return (
    <figure className="chart">
      <div aria-hidden="true">
        <svg width="100%" height={HEIGHT} className="chart-drawing" focusable="false">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={`${GUTTER}%`} x2="100%" y1={y(tick)} y2={y(tick)} className="chart-grid" />
              <text x={`${GUTTER - 1}%`} y={y(tick)} dy="0.32em" textAnchor="end" className="chart-tick">
                {format.tick(tick)}
              </text>
            </g>
          ))}
          {data.map((row, index) => {
            const start = GUTTER + band * index + (band * (1 - FILL)) / 2;
            const bars = chartBars(row, series.map((item) => item.key), stacked);
            return (
              <g key={String(row[categoryKey])}>
                {series.map((item, position) => {
                  const value = typeof row[item.key] === "number" ? (row[item.key] as number) : 0;
                  const { from, to } = bars[position]!;
                  // The tooltip gives the figure as it is, a negative total too; the bar only what is above zero.
                  const figure = `${item.label}: ${format.tooltip(value, item.key, row)}`;
                  return (
                    <rect
                      key={item.key}
                      className="chart-bar"
                      x={`${stacked ? start : start + barWidth * position}%`}
                      width={`${barWidth}%`}
                      y={y(to)}
                      height={y(from) - y(to)}
                      fill={item.color}
                    >
                      <title>{figure}</title>
                    </rect>
                  );
                })}
                <text x={`${GUTTER + band * index + band / 2}%`} y={HEIGHT - BOTTOM + 16} textAnchor="middle" className="chart-category">
                  {String(row[categoryKey])}
                </text>
              </g>
            );
          })}
        </svg>
        <ul className="chart-legend">
          {series.map((item) => (
            <li key={item.key}>
              <span className="chart-swatch" style={{ background: item.color }} />
              {item.label}
            </li>
          ))}
        </ul>
      </div>
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  );
}

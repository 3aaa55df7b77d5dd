/**
 * The value axis of a bar chart: from 0 to a round top, in `count` equal steps of 1, 2, 2.5 or 5
 * times a power of ten, so the ticks read as round figures (0, 250 k, 500 k …). An empty chart
 * still gets an axis (0 to 1).
 */
export function chartScale(max: number, count = 4): { top: number; ticks: number[] } {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, ticks: ticksOf(1, count) };
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  return { top: step * count, ticks: ticksOf(step * count, count) };
}

function ticksOf(top: number, count: number) {
  return Array.from({ length: count + 1 }, (_, index) => (top / count) * index);
}

/**
 * A value as its bar is drawn: nothing for what is not a positive number. A total that corrections
 * (negative transactions) took to zero or below has no bar; its figure is in the table beside it.
 */
const barValue = (value: unknown): number => (typeof value === "number" && value > 0 && Number.isFinite(value) ? value : 0);

/** The top of each category's bars: the sum of its series when stacked, else the tallest one. */
export function chartMax(rows: Record<string, unknown>[], keys: string[], stacked: boolean): number {
  const values = rows.map((row) => keys.map((key) => barValue(row[key])));
  return Math.max(0, ...values.map((row) => (stacked ? row.reduce((sum, value) => sum + value, 0) : Math.max(0, ...row))));
}

/**
 * Where each series' bar of a category starts and ends on the value axis: from zero, or, stacked,
 * on top of the bars before it. A bar never ends below where it starts, so none is drawn upside
 * down or over another.
 */
export function chartBars(row: Record<string, unknown>, keys: string[], stacked: boolean): { key: string; from: number; to: number }[] {
  let base = 0;
  return keys.map((key) => {
    const from = stacked ? base : 0;
    base = from + barValue(row[key]);
    return { key, from, to: base };
  });
}

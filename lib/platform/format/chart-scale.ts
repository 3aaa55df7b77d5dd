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

/** The top of each category's bars: the sum of its series when stacked, else the tallest one. */
export function chartMax(rows: Record<string, unknown>[], keys: string[], stacked: boolean): number {
  const values = rows.map((row) => keys.map((key) => (typeof row[key] === "number" ? (row[key] as number) : 0)));
  return Math.max(0, ...values.map((row) => (stacked ? row.reduce((sum, value) => sum + value, 0) : Math.max(0, ...row))));
}

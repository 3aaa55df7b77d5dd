import { formatMoney, numberFormat } from "./numbers";

/** A chart's row: the category's label, each series' value as a number for the bars, and optionally the exact amounts. */
export type ChartRow = Record<string, string | number | Record<string, string>> & { exact?: Record<string, string> };

/**
 * How a chart writes its figures, in the reader's locale: the axis ticks short ("1,3 M" in Spanish,
 * "1.3M" in English) and the tooltip in full. Bars need numbers, but a float would lose an amount's
 * cents; so a money chart's rows carry the exact decimal strings in `exact`, by series, and the
 * tooltip writes those, with the currency ("1.250.000,50 MXN").
 */
export function chartFormat(locale: string, currency?: string) {
  const compact = numberFormat(locale, { notation: "compact" });
  const whole = numberFormat(locale);
  return {
    tick: (value: number) => compact.format(value),
    tooltip: (value: unknown, series: unknown, row?: ChartRow) => {
      const exact = typeof series === "string" ? row?.exact?.[series] : undefined;
      if (currency) return formatMoney(exact ?? String(value), currency, locale, { rounded: true });
      return whole.format(Number(value));
    },
  };
}

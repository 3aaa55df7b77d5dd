import { formatDecimal, formatPercent } from "@/lib/platform/format/numbers";

/** How the evidence page writes its shares and amounts, in the reader's locale. */
export const evidenceFormat = (locale: string) => ({
  percent: (part: number, whole: number) => formatPercent(part, whole, locale),
  amount: (value: string) => formatDecimal(value, 0, locale),
});

import { formatDecimal, formatPercent } from "@/lib/platform/format/numbers";

export const percent = (part: number, whole: number) => formatPercent(part, whole);
export const amount = (value: string) => formatDecimal(value, 0);

import { getFormatter, getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { findProgram } from "@/lib/domain/programs/find-program";
import { formatDecimal, formatMoney, formatPercentage } from "@/lib/platform/format/numbers";

// What the program page's tabs share: the program as the page loaded it and the way they write dates
// and amounts.

export type LoadedProgram = NonNullable<Awaited<ReturnType<typeof findProgram>>>;

export async function tabHelpers() {
  const [t, format, locale] = await Promise.all([getTranslations("Program"), getFormatter(), getLocale()]);
  return {
    t,
    format,
    date: (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long", timeZone: "UTC" }) : "—"),
    amount: (value: string, currency: string) => formatMoney(value, currency, locale),
    /** An indicator's value (a Decimal, up to 4 places) and its progress in percent, the reader's way. */
    figure: (value: { toString(): string }) => formatDecimal(value.toString(), 4, locale),
    percentage: (value: string) => formatPercentage(value, locale),
  };
}

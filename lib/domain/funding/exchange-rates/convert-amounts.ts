import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";

export type Converted = {
  amount: string;
  currencyCode: string;
  /** The converted amount, and the rate and date it used; null when no rate is known on or before the date. */
  converted: { amount: string; rate: string; validOn: string; inverse: boolean } | null;
};

/**
 * Converts amounts into `target` with the latest rate valid on or before `on` (YYYY-MM-DD): the
 * direct rate, or else the inverse of the opposite one. Amounts already in `target` are kept as
 * they are. Exact decimal arithmetic, rounded to 4 places.
 */
export async function convertAmounts(amounts: { amount: string; currencyCode: string }[], target: string, on: string): Promise<Converted[]> {
  const currencies = [...new Set(amounts.map((amount) => amount.currencyCode).filter((code) => code !== target))];
  const day = new Date(`${on}T00:00:00Z`);
  const rates = new Map<string, { rate: Prisma.Decimal; validOn: Date; inverse: boolean }>();
  for (const code of currencies) {
    const [direct, opposite] = await Promise.all([
      db().exchangeRate.findFirst({ where: { currencyCode: code, quoteCurrencyCode: target, validOn: { lte: day } }, orderBy: { validOn: "desc" } }),
      db().exchangeRate.findFirst({ where: { currencyCode: target, quoteCurrencyCode: code, validOn: { lte: day } }, orderBy: { validOn: "desc" } }),
    ]);
    // The more recent of the two; the direct rate when both are of the same day.
    const chosen = direct && (!opposite || direct.validOn >= opposite.validOn) ? { rate: direct.rate, validOn: direct.validOn, inverse: false } : opposite ? { rate: new Prisma.Decimal(1).dividedBy(opposite.rate), validOn: opposite.validOn, inverse: true } : null;
    if (chosen) rates.set(code, chosen);
  }
  return amounts.map(({ amount, currencyCode }) => {
    if (currencyCode === target) return { amount, currencyCode, converted: { amount, rate: "1", validOn: on, inverse: false } };
    const rate = rates.get(currencyCode);
    if (!rate) return { amount, currencyCode, converted: null };
    return {
      amount,
      currencyCode,
      converted: {
        amount: new Prisma.Decimal(amount).times(rate.rate).toDecimalPlaces(4).toString(),
        rate: rate.rate.toDecimalPlaces(10).toString(),
        validOn: rate.validOn.toISOString().slice(0, 10),
        inverse: rate.inverse,
      },
    };
  });
}

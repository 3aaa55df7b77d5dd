import { Prisma } from "@/lib/platform/db/generated/client";

export type Money = { amount: string; currency: string };

/**
 * Money as the API carries it: the amount as a decimal string rounded to the currency's minor unit
 * (never a binary float, which would turn 0.1 + 0.2 into 0.30000000000000004) beside its ISO 4217
 * currency code.
 */
export function toMoney(amount: Prisma.Decimal | string, currency: string, minorUnit = 2): Money {
  return { amount: new Prisma.Decimal(amount).toFixed(minorUnit), currency };
}

import "server-only";
import { offsetFromCursor, type TPageQuery } from "@/lib/platform/api/pagination";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZExchangeRate } from "@/lib/domain/funding/exchange-rate-schemas";

const RATE_SELECT = { id: true, currencyCode: true, quoteCurrencyCode: true, rate: true, validOn: true, source: true, createdAt: true } as const;

/** The dated rates, latest first, paged by offset (they are reference data, readable by everyone). */
export async function listExchangeRates({ limit, cursor }: TPageQuery = { limit: 100 }) {
  const offset = offsetFromCursor(cursor);
  const [rows, total] = await Promise.all([
    db().exchangeRate.findMany({
      orderBy: [{ validOn: "desc" }, { currencyCode: "asc" }, { quoteCurrencyCode: "asc" }, { id: "asc" }],
      skip: offset,
      take: limit,
      select: RATE_SELECT,
    }),
    db().exchangeRate.count(),
  ]);
  return { data: rows, page: { limit, nextCursor: offset + rows.length < total ? String(offset + rows.length) : null }, total };
}

/** The currencies, as choices for a select. */
export function listCurrencies() {
  return db().currency.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}

const DUPLICATE = "There is already a rate for these currencies on this date. Remove it first to correct it.";

export async function createExchangeRate(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "exchangeRate.manage");
  const data = ZExchangeRate.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const known = await tx.currency.findMany({ where: { code: { in: [data.currencyCode, data.quoteCurrencyCode] } }, select: { code: true } });
      const fieldErrors: Record<string, string[]> = {};
      for (const field of ["currencyCode", "quoteCurrencyCode"] as const) {
        if (!known.some((currency) => currency.code === data[field])) fieldErrors[field] = ["There is no currency with this code. Choose one from the list."];
      }
      if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors });
      if (await tx.exchangeRate.count({ where: { currencyCode: data.currencyCode, quoteCurrencyCode: data.quoteCurrencyCode, validOn: data.validOn } })) {
        throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { validOn: [DUPLICATE] } });
      }
      const created = await tx.exchangeRate.create({ data: { ...data, createdById: actor.id }, select: RATE_SELECT });
      await recordAuditEvent(tx, ctx, { action: "exchangeRate.create", entityType: "ExchangeRate", entityId: created.id, after: created });
      return created;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { validOn: [DUPLICATE] } });
    throw error;
  }
}

export async function deleteExchangeRate(ctx: ActionContext, id: string) {
  requirePermission(ctx.actor, "exchangeRate.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.exchangeRate.findUnique({ where: { id }, select: RATE_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "This exchange rate no longer exists.");
    await tx.exchangeRate.delete({ where: { id } });
    await recordAuditEvent(tx, ctx, { action: "exchangeRate.delete", entityType: "ExchangeRate", entityId: id, before });
  });
}

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

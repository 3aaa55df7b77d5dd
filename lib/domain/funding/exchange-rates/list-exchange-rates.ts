import "server-only";
import { offsetFromCursor, type TPageQuery } from "@/lib/platform/api/pagination";
import { db } from "@/lib/platform/db";
import { RATE_SELECT } from "./exchange-rate-record";

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

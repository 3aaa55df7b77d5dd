import { z } from "zod";
import { readJson } from "@/lib/api/read-json";
import { apiRoute } from "@/lib/api/respond";
import { apiContext } from "@/lib/api/viewer";
import { createExchangeRate, listExchangeRates } from "@/lib/funding/exchange-rates";

export const dynamic = "force-dynamic";

/** The dated exchange rates, latest first (the latest 200). */
export const GET = apiRoute(async () => Response.json({ data: await listExchangeRates() }));

/** ADMIN: `{"currencyCode", "quoteCurrencyCode", "rate", "validOn", "source"?}` → 201. */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await createExchangeRate(ctx, await readJson(request, z.unknown())) }, { status: 201 });
});

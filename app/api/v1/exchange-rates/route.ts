import { z } from "zod";
import { pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { createExchangeRate } from "@/lib/domain/funding/exchange-rates/create-exchange-rate";
import { listExchangeRates } from "@/lib/domain/funding/exchange-rates/list-exchange-rates";

export const dynamic = "force-dynamic";

/** The dated exchange rates, latest first, paged; the answer adds `total`. */
export const GET = apiRoute(async (request) => Response.json(await listExchangeRates(pageQuery(new URL(request.url)))));

/** ADMIN: `{"currencyCode", "quoteCurrencyCode", "rate", "validOn", "source"?}` → 201. */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await createExchangeRate(ctx, await readJson(request, z.unknown())) }, { status: 201 });
});

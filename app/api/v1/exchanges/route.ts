import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createExchange } from "@/lib/domain/exchanges/create-exchange";
import { listExchanges } from "@/lib/domain/exchanges/list-exchanges";
import { ZExchangeFilter } from "@/lib/domain/exchanges/schemas";

export const dynamic = "force-dynamic";

/**
 * Information exchanges the caller may read (public ones for everyone, plus those a ministry's
 * country sent or received), newest first, filtered by `agreementId`, `kind`, `from`, `to`, `year`
 * and `visibility`, searched with `q`. The answer adds `total`, the number of matches.
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const viewer = await apiViewer(request);
  return Response.json(await listExchanges(viewer, filterQuery(url, ZExchangeFilter), pageQuery(url)));
});

/** Logs an exchange (ADMIN; GOVERNMENT for what their country shared under its agreements). */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  // Validated by createExchange after the permission check, so a caller without it learns nothing more.
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await createExchange(ctx, input) }, { status: 201 });
});

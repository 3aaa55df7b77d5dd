import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deletePeriod } from "@/lib/domain/monitoring/periods/delete-period";
import { updatePeriod } from "@/lib/domain/monitoring/periods/update-period";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; indicatorId: string; periodId: string }> };

/** Changes a period, for example to report its `actual`; the body carries `version`. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, indicatorId, periodId } = await params;
  return Response.json({ data: await updatePeriod(ctx, id, indicatorId, periodId, await readJson(request, z.unknown())) });
});

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, indicatorId, periodId } = await params;
  await deletePeriod(ctx, id, indicatorId, periodId, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

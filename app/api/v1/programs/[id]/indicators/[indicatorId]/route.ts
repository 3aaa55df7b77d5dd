import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deleteIndicator } from "@/lib/domain/monitoring/indicators/delete-indicator";
import { updateIndicator } from "@/lib/domain/monitoring/indicators/update-indicator";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; indicatorId: string }> };

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, indicatorId } = await params;
  return Response.json({ data: await updateIndicator(ctx, id, indicatorId, await readJson(request, z.unknown())) });
});

/** `?version=` is the version being deleted; the indicator's periods go with it. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, indicatorId } = await params;
  await deleteIndicator(ctx, id, indicatorId, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

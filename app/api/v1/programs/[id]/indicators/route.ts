import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createIndicator } from "@/lib/domain/monitoring/indicators/create-indicator";
import { listIndicators } from "@/lib/domain/monitoring/indicators/list-indicators";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The program's indicators with their periods, each with `progressPercent` and `overdue`. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await listIndicators(await apiViewer(request), (await params).id) });
});

export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await createIndicator(ctx, (await params).id, input) }, { status: 201 });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { createPeriod } from "@/lib/domain/monitoring/periods/create-period";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; indicatorId: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, indicatorId } = await params;
  return Response.json({ data: await createPeriod(ctx, id, indicatorId, await readJson(request, z.unknown())) }, { status: 201 });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deleteMeasure } from "@/lib/domain/plans/measures/delete-measure";
import { updateMeasure } from "@/lib/domain/plans/measures/update-measure";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateMeasure(ctx, (await params).id, await readJson(request, z.unknown())) });
});

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  await deleteMeasure(ctx, (await params).id, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

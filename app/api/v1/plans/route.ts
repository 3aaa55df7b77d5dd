import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createPlan } from "@/lib/domain/plans/create-plan";
import { listPlans } from "@/lib/domain/plans/list-plans";
import { ZPlanFilter } from "@/lib/domain/plans/schemas";

export const dynamic = "force-dynamic";

/** Plans the caller may read; filters `q`, `status`, `kind`, `agreement`, `country`, `awaiting=review`. */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const page = pageQuery(url);
  return Response.json(await listPlans(await apiViewer(request), filterQuery(url, ZPlanFilter), page));
});

export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await createPlan(ctx, await readJson(request, z.unknown())) }, { status: 201 });
});

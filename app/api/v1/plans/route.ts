import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/api/pagination";
import { readJson } from "@/lib/api/read-json";
import { apiRoute } from "@/lib/api/respond";
import { apiContext, apiViewer } from "@/lib/api/viewer";
import { createPlan } from "@/lib/plans/create-plan";
import { listPlans } from "@/lib/plans/list-plans";
import { ZPlanFilter } from "@/lib/validation/plans";

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

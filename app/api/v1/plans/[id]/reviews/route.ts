import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { getPlan } from "@/lib/domain/plans/get-plan";
import { reviewPlan } from "@/lib/domain/plans/review-plan";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: (await getPlan(await apiViewer(request), (await params).id)).reviews });
});

/** `{"version", "decision": "APPROVE"|"REQUEST_CHANGES"|"COMMENT", "comment"}` → 201 with the review and the plan. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await reviewPlan(ctx, (await params).id, await readJson(request, z.unknown())) }, { status: 201 });
});

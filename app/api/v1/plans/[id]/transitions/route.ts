import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { transitionPlan } from "@/lib/domain/plans/transition-plan";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `{"version", "to", "comment"?}`: submit, take up for review, start, complete or close the plan. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await transitionPlan(ctx, (await params).id, await readJson(request, z.unknown())) });
});

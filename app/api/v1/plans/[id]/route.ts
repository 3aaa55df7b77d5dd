import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { getPlan } from "@/lib/domain/plans/get-plan";
import { updatePlan } from "@/lib/domain/plans/update-plan";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The plan with its measures (overdue ones flagged), evidence and reviews, and what the caller may do with it. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await getPlan(await apiViewer(request), (await params).id) });
});

/** Changes the content, while the plan is a draft or changes are requested: the fields of a new plan plus `version`. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updatePlan(ctx, (await params).id, await readJson(request, z.unknown())) });
});

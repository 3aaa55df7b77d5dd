import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { reportMeasure } from "@/lib/domain/plans/measures/report-measure";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `{"version", "status": "SCHEDULED"|"MET"|"PARTIALLY_MET"|"NOT_MET"}` while the plan is in progress. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await reportMeasure(ctx, (await params).id, await readJson(request, z.unknown())) });
});

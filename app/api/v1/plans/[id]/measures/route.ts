import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { addMeasure } from "@/lib/domain/plans/measures/add-measure";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `{"title", "description"?, "responsibleOrganisationId", "dueDate", "decisionId"?}` → 201. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await addMeasure(ctx, (await params).id, await readJson(request, z.unknown())) }, { status: 201 });
});

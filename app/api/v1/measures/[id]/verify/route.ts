import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { verifyMeasure } from "@/lib/domain/plans/measures/verify-measure";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `{"version"}`: an analyst verifies a measure reported met, against its evidence. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { version } = await readJson(request, z.object({ version: z.unknown() }));
  return Response.json({ data: await verifyMeasure(ctx, (await params).id, version) });
});

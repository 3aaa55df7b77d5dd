import { readJson } from "@/lib/api/read-json";
import { apiRoute } from "@/lib/api/respond";
import { apiContext, apiViewer } from "@/lib/api/viewer";
import { getProgram } from "@/lib/programs/get-program";
import { updateProgramCore } from "@/lib/programs/update-program-core";
import { ZUpdateProgramCore } from "@/lib/validation/programs";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await getProgram(await apiViewer(request), (await params).id) });
});

/** Edits title, summary, objectives or visibility; the body must carry the `version` it started from. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, ZUpdateProgramCore);
  return Response.json({ data: await updateProgramCore(ctx, (await params).id, input) });
});

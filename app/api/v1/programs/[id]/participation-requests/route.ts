import { z } from "zod";
import { pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor, apiContext } from "@/lib/platform/api/viewer";
import { listProgramRequests } from "@/lib/domain/participation/requests/list-program-requests";
import { submitRequest } from "@/lib/domain/participation/requests/submit-request";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The requests to take part in this program that the caller may see, newest first, paged. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const page = pageQuery(new URL(request.url));
  return Response.json(await listProgramRequests(await apiActor(request), (await params).id, page));
});

/** A civil-society organisation asks to take part: `{"role": "CONSULTED"|"MONITOR", "message"?}`. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await submitRequest(ctx, (await params).id, input) }, { status: 201 });
});

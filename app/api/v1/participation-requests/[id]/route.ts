import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor, apiContext } from "@/lib/platform/api/viewer";
import { decideRequest } from "@/lib/domain/participation/requests/decide-request";
import { getRequest } from "@/lib/domain/participation/requests/get-request";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await getRequest(await apiActor(request), (await params).id) });
});

/** The decision: `{"version", "decision": "ACCEPT"|"DECLINE", "reason"}`; declining needs a reason. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await decideRequest(ctx, (await params).id, await readJson(request, z.unknown())) });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { withdrawRequest } from "@/lib/domain/participation/requests/withdraw-request";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The requesting organisation takes back its pending request: `{"version"}`. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { version } = await readJson(request, z.object({ version: z.unknown() }));
  return Response.json({ data: await withdrawRequest(ctx, (await params).id, version) });
});

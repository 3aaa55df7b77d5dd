import { z } from "zod";
import { readJson } from "@/lib/api/read-json";
import { apiRoute } from "@/lib/api/respond";
import { apiContext } from "@/lib/api/viewer";
import { withdrawParticipation } from "@/lib/participation/requests";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The requesting organisation takes back its pending request: `{"version"}`. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { version } = await readJson(request, z.object({ version: z.unknown() }));
  return Response.json({ data: await withdrawParticipation(ctx, (await params).id, version) });
});

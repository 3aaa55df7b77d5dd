import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { addParticipant } from "@/lib/domain/participation/participants/add-participant";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Adds `{ organisationId, role }` to the program; each organisation holds each role once. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await addParticipant(ctx, (await params).id, input) }, { status: 201 });
});

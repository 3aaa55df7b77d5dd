import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { deleteProgram } from "@/lib/domain/programs/delete-program";
import { getProgram } from "@/lib/domain/programs/get-program";
import { updateProgram } from "@/lib/domain/programs/update-program";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The program with its participants, beneficiary countries, linked provisions and documents. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const { mayEdit: _mayEdit, ...program } = await getProgram(await apiViewer(request), (await params).id);
  return Response.json({ data: program });
});

/**
 * Changes the fields the body names (null clears an optional one). The body carries the `version`
 * the change started from; a stale one gets 409 with what changed since. `statusReason` is required
 * to reopen a closed or cancelled program.
 */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await updateProgram(ctx, (await params).id, input, { mode: "merge" }) });
});

/** Deletes a draft program: `?version=` is the version being deleted. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  await deleteProgram(ctx, (await params).id, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { deleteEvent } from "@/lib/domain/participation/events/delete-event";
import { getEvent } from "@/lib/domain/participation/events/get-event";
import { updateEvent } from "@/lib/domain/participation/events/update-event";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** One event with its attendance per organisation and constituency. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await getEvent(await apiViewer(request), (await params).id) });
});

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateEvent(ctx, (await params).id, await readJson(request, z.unknown())) });
});

/** `?version=` is the version being deleted; the event's attendance goes with it. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  await deleteEvent(ctx, (await params).id, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

import { z } from "zod";
import { pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createEvent } from "@/lib/domain/participation/events/create-event";
import { listEvents } from "@/lib/domain/participation/events/list-events";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The program's events, latest first and paged, each with the organisations, women and men who attended. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const page = pageQuery(new URL(request.url));
  return Response.json(await listEvents(await apiViewer(request), (await params).id, page));
});

export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await createEvent(ctx, (await params).id, input) }, { status: 201 });
});

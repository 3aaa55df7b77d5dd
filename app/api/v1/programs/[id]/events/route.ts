import { z } from "zod";
import { pageQuery } from "@/lib/api/pagination";
import { readJson } from "@/lib/api/read-json";
import { apiRoute } from "@/lib/api/respond";
import { apiContext, apiViewer } from "@/lib/api/viewer";
import { createEvent, listEvents } from "@/lib/events/events";

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

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { deleteExchange } from "@/lib/domain/exchanges/delete-exchange";
import { getExchange } from "@/lib/domain/exchanges/get-exchange";
import { updateExchange } from "@/lib/domain/exchanges/update-exchange";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** One exchange with its agreement, countries, provisions and documents; 404 outside what the caller may read. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const viewer = await apiViewer(request);
  const { mayChange: _mayChange, ...exchange } = await getExchange(viewer, (await params).id);
  return Response.json({ data: exchange });
});

/** Replaces the exchange's fields and provisions; the body carries the `version` it started from. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateExchange(ctx, (await params).id, await readJson(request, z.unknown())) });
});

/** `?version=` is the version being deleted; the exchange's documents go with it. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  await deleteExchange(ctx, (await params).id, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

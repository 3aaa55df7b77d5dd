import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deleteComment } from "@/lib/domain/participation/comments/delete-comment";
import { updateComment } from "@/lib/domain/participation/comments/update-comment";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The author, within the edit window, changes the text: `{"version", "body"}`. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateComment(ctx, (await params).id, await readJson(request, z.unknown())) });
});

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  await deleteComment(ctx, (await params).id, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

import { z } from "zod";
import { pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor, apiContext } from "@/lib/platform/api/viewer";
import { addComment } from "@/lib/domain/participation/comments/add-comment";
import { listComments } from "@/lib/domain/participation/comments/list-comments";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The comments, oldest first and paged, for signed-in callers who may read it; a deleted comment keeps its place without its text. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const page = pageQuery(new URL(request.url));
  return Response.json(await listComments(await apiActor(request), { planId: (await params).id }, page));
});

/** `{"body"}`: plain text, at most 4,000 characters. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await addComment(ctx, { planId: (await params).id }, input) }, { status: 201 });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { updateMeeting } from "@/lib/domain/institutions/meetings/update-meeting";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Replaces a meeting's fields and decisions; the body carries the `version` it started from. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateMeeting(ctx, (await params).id, await readJson(request, z.unknown())) });
});

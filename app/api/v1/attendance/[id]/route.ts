import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deleteAttendance } from "@/lib/domain/participation/attendance/delete-attendance";
import { updateAttendance } from "@/lib/domain/participation/attendance/update-attendance";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Corrects the counts: `{"version", "women", "men"}`. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateAttendance(ctx, (await params).id, await readJson(request, z.unknown())) });
});

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  await deleteAttendance(ctx, (await params).id, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { recordAttendance } from "@/lib/domain/participation/attendance/record-attendance";
import { getEvent } from "@/lib/domain/participation/events/get-event";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The event's attendance, one row per organisation (or none) and constituency. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const event = await getEvent(await apiViewer(request), (await params).id);
  return Response.json({ data: event.attendance });
});

export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await recordAttendance(ctx, (await params).id, input) }, { status: 201 });
});

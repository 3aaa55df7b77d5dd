import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { createMeeting } from "@/lib/domain/institutions/meetings/create-meeting";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Records a meeting of the institution (ADMIN, or GOVERNMENT of a party to its agreement). */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const body = await readJson(request, z.record(z.string(), z.unknown()));
  return Response.json({ data: await createMeeting(ctx, { ...body, institutionId: (await params).id }) }, { status: 201 });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { addSubmissionFollowUp } from "@/lib/domain/submissions/submission-follow-ups";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `{"recommendationId", "planId" | "programId"}`: a plan or program that follows a recommendation of the report. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await addSubmissionFollowUp(ctx, (await params).id, await readJson(request, z.unknown())) }, { status: 201 });
});

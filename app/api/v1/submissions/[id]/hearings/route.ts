import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { addSubmissionHearing } from "@/lib/domain/submissions/submission-hearings";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `{"meetingId", "kind"}`: a consultation or hearing held during the review (the contact point's ministry). */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await addSubmissionHearing(ctx, (await params).id, await readJson(request, z.unknown())) }, { status: 201 });
});

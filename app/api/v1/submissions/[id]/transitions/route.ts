import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { moveSubmission } from "@/lib/domain/submissions/move-submission";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * `{"version", "to", …}`: file (its organisation), then acknowledge, accept (`note`?), decline
 * (`reason`), begin the review, report (`findings`, `recommendations`) and close (the contact point's ministry).
 */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await moveSubmission(ctx, (await params).id, await readJson(request, z.unknown())) });
});

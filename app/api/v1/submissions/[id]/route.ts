import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { getSubmission } from "@/lib/domain/submissions/get-submission";
import { updateSubmission } from "@/lib/domain/submissions/update-submission";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * One submission with its provisions, hearings, report, recommendations and their follow-ups, and
 * evidence; what it withholds is left out for callers who may not see it. 404 outside what the
 * caller may read.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const viewer = await apiViewer(request);
  const { may: _may, ...submission } = await getSubmission(viewer, (await params).id);
  return Response.json({ data: submission });
});

/** Replaces a draft's fields (its organisation only); the body carries the `version` it started from. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateSubmission(ctx, (await params).id, await readJson(request, z.unknown())) });
});

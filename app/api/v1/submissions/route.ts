import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createSubmission } from "@/lib/domain/submissions/create-submission";
import { listSubmissions } from "@/lib/domain/submissions/list-submissions";
import { ZSubmissionFilter } from "@/lib/domain/submissions/schemas";

export const dynamic = "force-dynamic";

/**
 * The docket: every filed submission (and the caller's organisation's drafts), latest filed first,
 * filtered by `agreement`, `concerns`, `contactPoint`, `topic`, `status`, `year` and
 * `deadline=overdue`, searched with `q`. What a submission withholds is left out for callers who may
 * not see it. The answer adds `total`, the number of matches.
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const viewer = await apiViewer(request);
  return Response.json(await listSubmissions(viewer, filterQuery(url, ZSubmissionFilter), pageQuery(url)));
});

/** Drafts a submission for the caller's organisation (CIVIL_SOCIETY); it is filed with a transition. */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await createSubmission(ctx, input) }, { status: 201 });
});

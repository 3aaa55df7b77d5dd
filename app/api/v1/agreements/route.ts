import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createAgreement } from "@/lib/domain/agreements/create-agreement";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { ZAgreementFilter } from "@/lib/domain/agreements/schemas";

export const dynamic = "force-dynamic";

/** Agreements, filtered by `q`, `party`, `status` and `kind`, sorted by `sort`, paged. */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const viewer = await apiViewer(request);
  return Response.json(await listAgreements(viewer, filterQuery(url, ZAgreementFilter), pageQuery(url)));
});

/** Adds an agreement with its parties (ADMIN). */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await createAgreement(ctx, await readJson(request, z.unknown())) }, { status: 201 });
});

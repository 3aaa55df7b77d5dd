import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createInstitution } from "@/lib/domain/institutions/create-institution";
import { listInstitutions } from "@/lib/domain/institutions/list-institutions";
import { ZInstitutionFilter } from "@/lib/domain/agreements/schemas";

export const dynamic = "force-dynamic";

/** The institution directory, filtered by `agreement`, `country`, `kind` and `q`, paged. */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const viewer = await apiViewer(request);
  return Response.json(await listInstitutions(viewer, filterQuery(url, ZInstitutionFilter), pageQuery(url)));
});

/** Records an institution (ADMIN; GOVERNMENT for their own country's contact point). */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await createInstitution(ctx, await readJson(request, z.unknown())) }, { status: 201 });
});

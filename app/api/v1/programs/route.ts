import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createProgram } from "@/lib/domain/programs/create-program";
import { listPrograms } from "@/lib/domain/programs/list-programs";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";

export const dynamic = "force-dynamic";

/**
 * Programs the caller may read (published ones for everyone, drafts within the caller's scope),
 * filtered by agreement, type, status, country, topic, organisation, year and visibility, searched
 * with `q`, sorted with `sort`.
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const viewer = await apiViewer(request);
  return Response.json(await listPrograms(viewer, filterQuery(url, ZProgramFilter), pageQuery(url)));
});

/** Registers a program (ADMIN, or GOVERNMENT for an agreement their country is party to). */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  // Validated by createProgram after the permission check, so a caller without it learns nothing more.
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await createProgram(ctx, input) }, { status: 201 });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { assignReportingOrganisation } from "@/lib/domain/programs/assign-reporting-organisation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Moves the program to another reporting organisation (ADMIN), from `version`, with an optional `reason`. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await assignReportingOrganisation(ctx, (await params).id, input) });
});

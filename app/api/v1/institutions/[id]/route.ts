import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { AppError } from "@/lib/platform/errors/app-error";
import { getInstitution } from "@/lib/domain/institutions/get-institution";
import { updateInstitution } from "@/lib/domain/institutions/update-institution";
import { problem } from "@/lib/platform/i18n/problem";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** One institution with the meetings the caller may see and their decisions. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const institution = await getInstitution(await apiViewer(request), (await params).id);
  if (!institution) throw new AppError("NOT_FOUND", problem("InstitutionProblem.notFound"));
  return Response.json({ data: institution });
});

/** Replaces an institution's fields; the body carries the `version` it started from. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateInstitution(ctx, (await params).id, await readJson(request, z.unknown())) });
});

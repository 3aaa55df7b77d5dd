import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { getAgreement } from "@/lib/domain/agreements/get-agreement";
import { updateAgreement } from "@/lib/domain/agreements/update-agreement";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** One agreement with its provisions, institutions, the programs, plans and exchanges the caller may read, and its funding. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const agreement = await getAgreement(await apiViewer(request), (await params).id);
  if (!agreement) throw new AppError("NOT_FOUND", problem("AgreementProblem.notFound"));
  return Response.json({ data: agreement });
});

/** Replaces the agreement's fields and parties (ADMIN); the body carries the `version` it started from. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateAgreement(ctx, (await params).id, await readJson(request, z.unknown())) });
});

import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deleteBudget } from "@/lib/domain/funding/budgets/delete-budget";
import { updateBudget } from "@/lib/domain/funding/budgets/update-budget";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; budgetId: string }> };

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, budgetId } = await params;
  return Response.json({ data: await updateBudget(ctx, id, budgetId, await readJson(request, z.unknown())) });
});

/** `?version=` is the version being deleted. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, budgetId } = await params;
  await deleteBudget(ctx, id, budgetId, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});
